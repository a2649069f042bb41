import './profile.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { Chips, ChoiceCards } from '../../ui/Choices';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, fieldProblems, hasCode } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { useMerchantAction } from '../auth/useMerchantAction';
import { useMerchantResource } from '../auth/useMerchantResource';
import { GrowthPlanView } from '../dashboard/GrowthPlanView';
import type { GrowthPlan } from '../dashboard/growth';
import {
  type BusinessModel,
  type BusinessProfile,
  businessModels,
  type Experience,
  experienceLevels,
  industries,
  isIndustry,
  type Market,
  marketCodes,
  marketKeys,
  marketsFromCodes,
  type Platform,
  platforms,
  type TeamSize,
  teamSizes,
} from './options';

type Answers = {
  industry: string;
  industryOther: string;
  businessModel: BusinessModel | '';
  experience: Experience | '';
  platforms: (Platform | 'none')[];
  markets: Market[];
  teamSize: TeamSize | '';
};

const emptyAnswers: Answers = {
  industry: '',
  industryOther: '',
  businessModel: '',
  experience: '',
  platforms: [],
  markets: [],
  teamSize: '',
};

function answersFrom(profile: BusinessProfile): Answers {
  const known = profile.platforms.filter((platform): platform is Platform =>
    (platforms as readonly string[]).includes(platform),
  );
  return {
    industry: isIndustry(profile.industry) ? profile.industry : 'other',
    industryOther: isIndustry(profile.industry) ? '' : profile.industry,
    businessModel: profile.businessModel,
    experience: profile.experience,
    platforms: profile.platforms.length === 0 ? ['none'] : known,
    markets: marketsFromCodes(profile.targetMarkets),
    teamSize: profile.teamSize,
  };
}

const stepTitles: MessageKey[] = ['profile.step1', 'profile.step2', 'profile.step3'];
/** Which step asks for each field, to go back to the one the server found a problem in. */
const stepOfField: Record<string, number> = {
  industry: 0,
  businessModel: 0,
  experience: 1,
  platforms: 1,
  targetMarkets: 2,
  teamSize: 2,
};

/** The business profile in three steps, then the growth plan built from it. */
export function ProfilePage() {
  const { t } = useI18n();
  usePageTitle('profile.title', 'app.sellerCenter');
  const { hasNo } = useAuth();
  const existing = useMerchantResource(async (signal) => {
    // A new account's session says there is no profile yet: nothing to ask for.
    if (hasNo('businessProfile')) return null;
    try {
      return await api.get<BusinessProfile>('/me/business-profile', { signal });
    } catch (error) {
      if (hasCode(error, 'growth.profile_missing')) return null;
      throw error;
    }
  });

  if (existing.loading) return <Loading />;
  if (existing.error) return <ErrorNotice error={existing.error} onRetry={existing.reload} />;
  return (
    <section className="page page--narrow">
      <header className="page__header">
        <h1>{t('profile.title')}</h1>
        <p className="page__summary">{t('profile.summary')}</p>
      </header>
      <ProfileWizard initial={existing.data ? answersFrom(existing.data) : emptyAnswers} />
    </section>
  );
}

function ProfileWizard({ initial }: { initial: Answers }) {
  const { t, language } = useI18n();
  const [answers, setAnswers] = useState(initial);
  const [step, setStep] = useState(0);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<GrowthPlan | null>(null);
  const save = useMerchantAction();
  const { nowHas } = useAuth();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Moving to another step (or to the plan) puts focus on its title, so screen readers follow.
  const view = plan ? 'plan' : `step-${step}`;
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    headingRef.current?.focus();
  }, [view]);

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) =>
    setAnswers((previous) => ({ ...previous, [key]: value }));

  const togglePlatform = (value: Platform | 'none') =>
    setAnswers((previous) => {
      if (value === 'none') {
        return { ...previous, platforms: previous.platforms.includes('none') ? [] : ['none'] };
      }
      const current = previous.platforms.filter((platform) => platform !== 'none');
      return {
        ...previous,
        platforms: current.includes(value)
          ? current.filter((platform) => platform !== value)
          : [...current, value],
      };
    });

  const toggleMarket = (value: Market) =>
    setAnswers((previous) => ({
      ...previous,
      markets: previous.markets.includes(value)
        ? previous.markets.filter((market) => market !== value)
        : [...previous.markets, value],
    }));

  const problemsOf = (index: number): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (index === 0) {
      if (!answers.industry) problems.industry = t('profile.chooseOne');
      else if (answers.industry === 'other' && !answers.industryOther.trim())
        problems.industryOther = t('ui.error.required');
      if (!answers.businessModel) problems.businessModel = t('profile.chooseOne');
    } else if (index === 1) {
      if (!answers.experience) problems.experience = t('profile.chooseOne');
      if (answers.platforms.length === 0) problems.platforms = t('profile.chooseAtLeastOne');
    } else {
      if (answers.markets.length === 0) problems.targetMarkets = t('profile.chooseAtLeastOne');
      if (!answers.teamSize) problems.teamSize = t('profile.chooseOne');
    }
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = problemsOf(step);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    if (step < stepTitles.length - 1) {
      setStep(step + 1);
      return;
    }
    const body = {
      industry: answers.industry === 'other' ? answers.industryOther.trim() : answers.industry,
      businessModel: answers.businessModel,
      experience: answers.experience,
      platforms: answers.platforms.filter((platform) => platform !== 'none'),
      targetMarkets: marketCodes(answers.markets),
      teamSize: answers.teamSize,
    };
    const outcome = await save.run(async () => {
      await api.put<BusinessProfile>('/me/business-profile', body);
      nowHas('businessProfile');
      return api.get<GrowthPlan>('/me/growth-plan');
    });
    if (outcome.ok) {
      setPlan(outcome.value);
      return;
    }
    const field = fieldProblems(outcome.error)[0]?.field.split('.')[0];
    const problemStep = field === undefined ? undefined : stepOfField[field];
    if (problemStep !== undefined) setStep(problemStep);
  };

  // A language switch on the result asks for the plan's words again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language matters here
  useEffect(() => {
    if (!plan) return;
    void api.get<GrowthPlan>('/me/growth-plan').then(setPlan, () => undefined);
  }, [language]);

  if (plan) {
    return (
      <div className="profile-result">
        <div className="card prompt prompt--success">
          <div>
            <h2 className="prompt__title" ref={headingRef} tabIndex={-1}>
              {t('profile.resultTitle')}
            </h2>
            <p className="prompt__body">{t('profile.resultBody')}</p>
          </div>
          <div className="prompt__actions">
            <Link to="/dashboard" className="button button--primary">
              {t('profile.toDashboard')}
            </Link>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPlan(null);
                setStep(0);
              }}
            >
              {t('profile.edit')}
            </button>
          </div>
        </div>
        <GrowthPlanView plan={plan} onChange={setPlan} />
      </div>
    );
  }

  const errorFor = (field: string) => localErrors[field] ?? fieldError(save.error, field);
  const total = stepTitles.length;
  const stepTitle = stepTitles[step] ?? 'profile.step1';

  return (
    <form className="card wizard" onSubmit={submit} noValidate>
      <ol className="wizard__steps" aria-label={t('profile.steps')}>
        {stepTitles.map((title, index) => (
          <li
            key={title}
            className="wizard__step"
            data-state={index < step ? 'done' : index === step ? 'current' : 'todo'}
            aria-current={index === step ? 'step' : undefined}
          >
            <span className="wizard__step-number" aria-hidden="true">
              {index < step ? '✓' : index + 1}
            </span>
            <span className="wizard__step-title">{t(title)}</span>
          </li>
        ))}
      </ol>
      <p className="wizard__progress">{t('profile.step', { current: step + 1, total })}</p>
      <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
        {t(stepTitle)}
      </h2>

      <ErrorNotice error={save.error} fields={Object.keys(stepOfField)} />

      {step === 0 && (
        <>
          <Field label={t('profile.industry')} error={errorFor('industry')}>
            {(control) => (
              <select
                {...control}
                className="field__input"
                name="industry"
                value={answers.industry}
                onChange={(event) => set('industry', event.target.value)}
              >
                <option value="" disabled>
                  {t('profile.industryPlaceholder')}
                </option>
                {industries.map((industry) => (
                  <option key={industry} value={industry}>
                    {t(`profile.industry.${industry}`)}
                  </option>
                ))}
                <option value="other">{t('profile.industry.other')}</option>
              </select>
            )}
          </Field>
          {answers.industry === 'other' && (
            <Field label={t('profile.industryOther')} error={errorFor('industryOther')}>
              {(control) => (
                <input
                  {...control}
                  className="field__input"
                  name="industryOther"
                  maxLength={100}
                  placeholder={t('profile.industryOtherPlaceholder')}
                  value={answers.industryOther}
                  onChange={(event) => set('industryOther', event.target.value)}
                />
              )}
            </Field>
          )}
          <FieldGroup legend={t('profile.businessModel')} error={errorFor('businessModel')}>
            <ChoiceCards
              name="businessModel"
              value={answers.businessModel}
              onChange={(value) => set('businessModel', value)}
              choices={businessModels.map((model) => ({
                value: model,
                label: t(`profile.model.${model}`),
                description: t(`profile.model.${model}Hint`),
              }))}
            />
          </FieldGroup>
        </>
      )}

      {step === 1 && (
        <>
          <FieldGroup legend={t('profile.experience')} error={errorFor('experience')}>
            <ChoiceCards
              name="experience"
              columns={4}
              value={answers.experience}
              onChange={(value) => set('experience', value)}
              choices={experienceLevels.map((level) => ({
                value: level,
                label: t(`profile.experience.${level}`),
              }))}
            />
          </FieldGroup>
          <FieldGroup
            legend={t('profile.platforms')}
            hint={t('profile.platformsHint')}
            error={errorFor('platforms')}
          >
            <Chips
              name="platforms"
              values={answers.platforms}
              onToggle={togglePlatform}
              choices={[...platforms, 'none' as const].map((platform) => ({
                value: platform,
                label: t(`profile.platform.${platform}`),
              }))}
            />
          </FieldGroup>
        </>
      )}

      {step === 2 && (
        <>
          <FieldGroup
            legend={t('profile.markets')}
            hint={t('profile.marketsHint')}
            error={errorFor('targetMarkets')}
          >
            <Chips
              name="targetMarkets"
              values={answers.markets}
              onToggle={toggleMarket}
              choices={marketKeys.map((market) => ({
                value: market,
                label: t(`profile.market.${market}`),
              }))}
            />
          </FieldGroup>
          <FieldGroup legend={t('profile.teamSize')} error={errorFor('teamSize')}>
            <ChoiceCards
              name="teamSize"
              columns={3}
              value={answers.teamSize}
              onChange={(value) => set('teamSize', value)}
              choices={teamSizes.map((size) => ({
                value: size,
                label: t(`profile.team.${size}`),
              }))}
            />
          </FieldGroup>
        </>
      )}

      <div className="wizard__actions">
        {step > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setLocalErrors({});
              setStep(step - 1);
            }}
          >
            {t('profile.back')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={save.busy}>
          {t(step < total - 1 ? 'profile.next' : 'profile.submit')}
        </button>
      </div>
    </form>
  );
}
