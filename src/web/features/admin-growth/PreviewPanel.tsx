import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../api/query';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { Chips } from '../../ui/Choices';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import {
  type BusinessModel,
  businessModels,
  type Experience,
  experienceLevels,
  industries,
  type Market,
  marketCodes,
  marketKeys,
  platforms,
  type TeamSize,
  teamSizes,
} from '../profile/options';
import { milestoneLabel } from './conditionText';
import growth from './growth.module.css';
import styles from './PreviewPanel.module.css';
import { answerLabel, type ProfileField, profileFieldLabels } from './profileAnswers';

/** The answers the preview builds a plan for (kept by the page while the operator edits). */
export type PreviewAnswers = {
  hasProfile: boolean;
  industry: string;
  businessModel: BusinessModel;
  experience: Experience;
  platforms: string[];
  markets: Market[];
  teamSize: TeamSize;
  language: Language;
};

export const initialAnswers = (language: Language): PreviewAnswers => ({
  hasProfile: true,
  industry: 'apparel',
  businessModel: 'retailer',
  experience: 'none',
  platforms: [],
  markets: ['cn'],
  teamSize: '1',
  language,
});

/** Pick answers, see the plan the active rules give them, with the rule behind each task. */
export function PreviewPanel({
  answers,
  onChange,
}: {
  answers: PreviewAnswers;
  onChange: (answers: PreviewAnswers) => void;
}) {
  const { t, language } = useI18n();
  const body = {
    profile: answers.hasProfile
      ? {
          industry: answers.industry,
          businessModel: answers.businessModel,
          experience: answers.experience,
          platforms: answers.platforms,
          targetMarkets: marketCodes(answers.markets),
          teamSize: answers.teamSize,
        }
      : null,
    locale: answers.language,
  };
  // Keyed by the answers: each set asked once, the last plan shown while the next one comes.
  const preview = $api.useQuery(
    'post',
    '/api/v1/admin/growth/preview',
    { body },
    { placeholderData: keepPreviousData },
  );
  const set = <K extends keyof PreviewAnswers>(field: K, value: PreviewAnswers[K]) =>
    onChange({ ...answers, [field]: value });
  const toggle = <V extends string>(list: V[], value: V) =>
    list.includes(value) ? list.filter((current) => current !== value) : [...list, value];
  const label = (field: ProfileField, value: string) => answerLabel(field, value, t, language);

  const select = <V extends string>(
    field: 'industry' | 'businessModel' | 'experience' | 'teamSize',
    values: readonly V[],
  ) => (
    <label className={styles.field}>
      <span className={styles.label}>{t(profileFieldLabels[field])}</span>
      <select
        className="field__input"
        name={field}
        value={answers[field]}
        disabled={!answers.hasProfile}
        onChange={(event) => set(field, event.target.value as PreviewAnswers[typeof field])}
      >
        {values.map((value) => (
          <option key={value} value={value}>
            {label(field, value)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className={growth.panel}>
      <p className={growth.panelIntro}>{t('growthAdmin.preview.intro')}</p>
      <div className={styles.layout}>
        <form
          className={`card ${styles.form}`}
          aria-label={t('growthAdmin.preview.answers')}
          onSubmit={(event) => event.preventDefault()}
        >
          <h3 className={styles.formTitle}>{t('growthAdmin.preview.answers')}</h3>
          <label className="checkbox">
            <input
              type="checkbox"
              name="noProfile"
              checked={!answers.hasProfile}
              onChange={(event) => set('hasProfile', !event.target.checked)}
            />
            <span>{t('growthAdmin.preview.noProfile')}</span>
          </label>
          <fieldset className={styles.answers} disabled={!answers.hasProfile}>
            {select('industry', industries)}
            {select('businessModel', businessModels)}
            {select('experience', experienceLevels)}
            {select('teamSize', teamSizes)}
            <div className={styles.field}>
              <span className={styles.label}>{t('profile.platforms')}</span>
              <Chips
                name="platforms"
                choices={platforms.map((value) => ({ value, label: label('platforms', value) }))}
                values={answers.platforms}
                onToggle={(value) => set('platforms', toggle(answers.platforms, value))}
              />
            </div>
            <div className={styles.field}>
              <span className={styles.label}>{t('profile.markets')}</span>
              <Chips
                name="markets"
                choices={marketKeys.map((value) => ({
                  value,
                  label: t(`profile.market.${value}` as MessageKey),
                }))}
                values={answers.markets}
                onToggle={(value) => set('markets', toggle(answers.markets, value))}
              />
            </div>
          </fieldset>
          <label className={styles.field}>
            <span className={styles.label}>{t('growthAdmin.preview.language')}</span>
            <select
              className="field__input"
              name="language"
              value={answers.language}
              onChange={(event) => set('language', event.target.value as Language)}
            >
              <option value="en">{t('language.name.en')}</option>
              <option value="zh-CN">{t('language.name.zh-CN')}</option>
            </select>
          </label>
        </form>

        <section
          className={`card ${styles.result}`}
          aria-live="polite"
          data-testid="growth-preview"
        >
          <div className={styles.resultHead}>
            <h3 className={styles.resultTitle}>{t('growthAdmin.preview.result')}</h3>
            {preview.data && (
              <span className={styles.count}>
                {t('growthAdmin.preview.count', { count: preview.data.tasks.length })}
              </span>
            )}
          </div>
          {preview.data ? (
            <>
              {preview.data.rules.length > 0 && (
                <div className={styles.resultRules}>
                  <span className={styles.label}>{t('growthAdmin.preview.rules')}</span>
                  <ul className={styles.ruleList} lang={preview.data.locale}>
                    {preview.data.rules.map((rule) => (
                      <li key={rule.id} className="tag tag--muted">
                        {rule.name}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {preview.data.tasks.length === 0 ? (
                <p className={styles.note}>{t('growthAdmin.preview.empty')}</p>
              ) : (
                <ol className={styles.tasks} lang={preview.data.locale}>
                  {preview.data.tasks.map((task, index) => (
                    <li key={task.key} className={styles.task} data-task={task.key}>
                      <span className={styles.taskNumber}>{index + 1}</span>
                      <div className={styles.taskBody}>
                        <p className={styles.taskTitle}>{task.title}</p>
                        <p className={styles.taskDescription}>{task.description}</p>
                        <p className={styles.taskMeta}>
                          {task.milestone ? (
                            <span className={`tag tag--info ${growth.tag}`}>
                              {t('growthAdmin.preview.completesWhen', {
                                milestone: milestoneLabel(task.milestone, t),
                              })}
                            </span>
                          ) : (
                            <span className={`tag tag--muted ${growth.tag}`}>
                              {t('growthAdmin.preview.lesson')}
                            </span>
                          )}
                          {task.action && <span className="mono">{task.action}</span>}
                          {task.rule && (
                            <span>
                              {t('growthAdmin.preview.fromRule', { rule: task.rule.name })}
                            </span>
                          )}
                        </p>
                      </div>
                    </li>
                  ))}
                </ol>
              )}
            </>
          ) : preview.isPending ? (
            <Loading />
          ) : (
            <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
          )}
        </section>
      </div>
    </div>
  );
}
