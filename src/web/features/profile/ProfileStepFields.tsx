import { Controller, type UseFormReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n';
import { Chips, ChoiceCards } from '../../ui/Choices';
import { Field, FieldGroup } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import { type Answers, toggle, togglePlatform } from './answers';
import {
  businessModels,
  experienceLevels,
  industries,
  marketKeys,
  platforms,
  teamSizes,
} from './options';

/** The questions of one step of the profile wizard. */
export function ProfileStepFields({ form, step }: { form: UseFormReturn<Answers>; step: number }) {
  const t = useT();
  const { errors } = form.formState;
  const chooseOne = t('profile.chooseOne');
  const chooseAtLeastOne = t('profile.chooseAtLeastOne');
  const industry = form.watch('industry');

  if (step === 0) {
    return (
      <>
        <Field label={t('profile.industry')} error={errors.industry?.message}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              {...form.register('industry', { required: chooseOne })}
            >
              <option value="" disabled>
                {t('profile.industryPlaceholder')}
              </option>
              {industries.map((option) => (
                <option key={option} value={option}>
                  {t(`profile.industry.${option}`)}
                </option>
              ))}
              <option value="other">{t('profile.industry.other')}</option>
            </select>
          )}
        </Field>
        {industry === 'other' && (
          <TextField
            label={t('profile.industryOther')}
            error={errors.industryOther?.message}
            maxLength={100}
            placeholder={t('profile.industryOtherPlaceholder')}
            registration={form.register('industryOther', {
              validate: (other, answers) =>
                answers.industry !== 'other' || other.trim() !== '' || t('ui.error.required'),
            })}
          />
        )}
        <FieldGroup legend={t('profile.businessModel')} error={errors.businessModel?.message}>
          <Controller
            control={form.control}
            name="businessModel"
            rules={{ required: chooseOne }}
            render={({ field }) => (
              <ChoiceCards
                name="businessModel"
                value={field.value}
                onChange={field.onChange}
                choices={businessModels.map((model) => ({
                  value: model,
                  label: t(`profile.model.${model}`),
                  description: t(`profile.model.${model}Hint`),
                }))}
              />
            )}
          />
        </FieldGroup>
      </>
    );
  }

  if (step === 1) {
    return (
      <>
        <FieldGroup legend={t('profile.experience')} error={errors.experience?.message}>
          <Controller
            control={form.control}
            name="experience"
            rules={{ required: chooseOne }}
            render={({ field }) => (
              <ChoiceCards
                name="experience"
                columns={4}
                value={field.value}
                onChange={field.onChange}
                choices={experienceLevels.map((level) => ({
                  value: level,
                  label: t(`profile.experience.${level}`),
                }))}
              />
            )}
          />
        </FieldGroup>
        <FieldGroup
          legend={t('profile.platforms')}
          hint={t('profile.platformsHint')}
          error={errors.platforms?.message}
        >
          <Controller
            control={form.control}
            name="platforms"
            rules={{ validate: (selected) => selected.length > 0 || chooseAtLeastOne }}
            render={({ field }) => (
              <Chips
                name="platforms"
                values={field.value}
                onToggle={(value) => field.onChange(togglePlatform(field.value, value))}
                choices={[...platforms, 'none' as const].map((platform) => ({
                  value: platform,
                  label: t(`profile.platform.${platform}`),
                }))}
              />
            )}
          />
        </FieldGroup>
      </>
    );
  }

  return (
    <>
      <FieldGroup
        legend={t('profile.markets')}
        hint={t('profile.marketsHint')}
        error={errors.markets?.message}
      >
        <Controller
          control={form.control}
          name="markets"
          rules={{ validate: (selected) => selected.length > 0 || chooseAtLeastOne }}
          render={({ field }) => (
            <Chips
              name="targetMarkets"
              values={field.value}
              onToggle={(value) => field.onChange(toggle(field.value, value))}
              choices={marketKeys.map((market) => ({
                value: market,
                label: t(`profile.market.${market}`),
              }))}
            />
          )}
        />
      </FieldGroup>
      <FieldGroup legend={t('profile.teamSize')} error={errors.teamSize?.message}>
        <Controller
          control={form.control}
          name="teamSize"
          rules={{ required: chooseOne }}
          render={({ field }) => (
            <ChoiceCards
              name="teamSize"
              columns={3}
              value={field.value}
              onChange={field.onChange}
              choices={teamSizes.map((size) => ({ value: size, label: t(`profile.team.${size}`) }))}
            />
          )}
        />
      </FieldGroup>
    </>
  );
}
