import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { CheckIcon } from '../../shell/icons';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldProblems } from '../../ui/errors';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { GrowthPlanView } from '../dashboard/GrowthPlanView';
import { refreshGrowthPlan, useGrowthPlan } from '../dashboard/growth';
import { type Answers, formFieldOf, profileBody, stepFields, stepOf } from './answers';
import { ProfileStepFields } from './ProfileStepFields';
import styles from './ProfileWizard.module.css';

const stepTitles: MessageKey[] = ['profile.step1', 'profile.step2', 'profile.step3'];
/** The server's names of the fields the wizard asks for (ErrorNotice points to them). */
const serverFields = [
  'industry',
  'businessModel',
  'experience',
  'platforms',
  'targetMarkets',
  'teamSize',
];

/** The business profile's three steps; once saved, the growth plan built from it. */
export function ProfileWizard({ initial }: { initial: Answers }) {
  const { t, language } = useI18n();
  const { nowHas } = useAuth();
  const form = useForm<Answers>({ defaultValues: initial });
  const save = $api.useMutation('put', '/api/v1/me/business-profile');
  const [step, setStep] = useState(0);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const plan = useGrowthPlan({ enabled: saved });
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Moving to another step (or to the plan) puts focus on its title, so screen readers follow.
  const view = saved ? 'plan' : `step-${step}`;
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    headingRef.current?.focus();
  }, [view]);

  const submitProfile = form.handleSubmit(async (answers) => {
    const body = profileBody(answers);
    if (!body) return;
    setFailure(null);
    try {
      const profile = await save.mutateAsync({ body });
      queryClient.setQueryData(['get', '/api/v1/me/business-profile'], profile);
      nowHas('businessProfile');
      await refreshGrowthPlan(language);
      setSaved(true);
    } catch (error) {
      showServerErrors(error, form.setError, formFieldOf);
      setFailure(error);
      const field = formFieldOf(fieldProblems(error)[0]?.field ?? '');
      if (field) setStep(stepOf(field));
    }
  });

  const next = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === stepTitles.length - 1) return submitProfile(event);
    if (await form.trigger([...(stepFields[step] ?? [])])) setStep(step + 1);
  };

  if (saved) {
    return (
      <div className={styles.result}>
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
                setSaved(false);
                setStep(0);
              }}
            >
              {t('profile.edit')}
            </button>
          </div>
        </div>
        {plan.data ? (
          <GrowthPlanView plan={plan.data} />
        ) : plan.error ? (
          <ErrorNotice error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <Loading />
        )}
      </div>
    );
  }

  const total = stepTitles.length;
  const stepTitle = stepTitles[step] ?? 'profile.step1';
  return (
    <form className={`card ${styles.wizard}`} onSubmit={(event) => void next(event)} noValidate>
      <ol className={styles.steps} aria-label={t('profile.steps')}>
        {stepTitles.map((title, index) => (
          <li
            key={title}
            className={styles.step}
            data-state={index < step ? 'done' : index === step ? 'current' : 'todo'}
            aria-current={index === step ? 'step' : undefined}
          >
            <span className={styles.stepNumber} aria-hidden="true">
              {index < step ? <CheckIcon /> : index + 1}
            </span>
            <span className={styles.stepTitle}>{t(title)}</span>
          </li>
        ))}
      </ol>
      <p className={styles.progress}>{t('profile.step', { current: step + 1, total })}</p>
      <h2 className={styles.title} ref={headingRef} tabIndex={-1}>
        {t(stepTitle)}
      </h2>

      <ErrorNotice error={failure} fields={serverFields} />
      <ProfileStepFields form={form} step={step} />

      <div className={styles.actions}>
        {step > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              form.clearErrors();
              setStep(step - 1);
            }}
          >
            {t('profile.back')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={form.formState.isSubmitting}
        >
          {t(step < total - 1 ? 'profile.next' : 'profile.submit')}
        </button>
      </div>
    </form>
  );
}
