import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { Tabs } from '../../ui/Tabs';
import { TextField } from '../../ui/TextField';
import { fieldSentence } from '../verification/display';
import type { ModerationCase } from './display';
import styles from './Moderation.module.css';

type Decision = 'approve' | 'reject' | 'take_down';
type Values = { reason: string };

const REASON_MAX_LENGTH = 500;

/**
 * The reviewer's decision (SPEC §6): on a held product approve or reject it, on a published one
 * take it down; rejecting and taking down need the reason the merchant reads.
 */
export function DecisionForm({
  product,
  onDecided,
}: {
  product: ModerationCase;
  onDecided: (product: ModerationCase) => void;
}) {
  const { t } = useI18n();
  const choices: Decision[] =
    product.status === 'pending_review'
      ? ['approve', 'reject']
      : product.status === 'published'
        ? ['take_down']
        : [];
  const [mode, setMode] = useState<Decision>(choices[0] ?? 'approve');
  const form = useForm<Values>({ defaultValues: { reason: '' } });
  const decide = $api.useMutation('post', '/api/v1/admin/products/{id}/decision');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;
  const reasonLabel = t('moderation.decision.reason');

  if (choices.length === 0) {
    return (
      <section className={`card ${styles.card}`} aria-labelledby="decision-title">
        <h2 id="decision-title" className={styles.cardTitle}>
          {t('moderation.decision.title')}
        </h2>
        <p className={styles.explain}>
          {t('moderation.decision.nothingToDecide', {
            status: t(`moderation.status.${product.status}` as 'moderation.status.draft'),
          })}
        </p>
      </section>
    );
  }

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const reason = values.reason.trim();
    if (mode !== 'approve' && !reason) {
      form.setError(
        'reason',
        { type: 'client', message: t('moderation.decision.reasonRequired') },
        { shouldFocus: true },
      );
      return;
    }
    try {
      const decided = await decide.mutateAsync({
        params: { path: { id: product.id } },
        body: { decision: mode, reason: mode === 'approve' ? null : reason },
      });
      form.reset({ reason: '' });
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/products'] });
      onDecided(decided);
    } catch (error) {
      if (showServerErrors(error, form.setError, ['reason'])) {
        const message = form.getFieldState('reason').error?.message;
        if (message)
          form.setError('reason', {
            type: 'server',
            message: fieldSentence(reasonLabel, message, t),
          });
      } else {
        setFailure(error);
      }
    }
  });

  const title = choices.includes('take_down')
    ? 'moderation.decision.takeDownTitle'
    : 'moderation.decision.title';
  return (
    <section className={`card ${styles.card}`} aria-labelledby="decision-title">
      <h2 id="decision-title" className={styles.cardTitle}>
        {t(title)}
      </h2>
      <Tabs
        label={t(title)}
        tabs={choices.map((choice) => ({ key: choice, label: t(`moderation.decision.${choice}`) }))}
        selected={mode}
        onSelect={(next) => {
          setMode(next);
          form.clearErrors();
          setFailure(null);
        }}
      >
        <form className="form-stack" onSubmit={submit} noValidate>
          <ErrorNotice error={failure} fields={['reason']} />
          <p className={styles.explain}>
            {t(
              mode === 'approve'
                ? 'moderation.decision.approveExplain'
                : mode === 'reject'
                  ? 'moderation.decision.rejectExplain'
                  : 'moderation.decision.takeDownExplain',
            )}
          </p>
          {mode !== 'approve' && (
            <TextField
              label={reasonLabel}
              hint={t('moderation.decision.reasonHint')}
              error={errors.reason?.message}
              type="textarea"
              rows={3}
              maxLength={REASON_MAX_LENGTH}
              registration={form.register('reason')}
            />
          )}
          <div className="form-actions">
            <button
              type="submit"
              className={`button ${mode === 'approve' ? 'button--primary' : 'button--danger'}`}
              disabled={isSubmitting}
            >
              {t(`moderation.decision.submit.${mode}`)}
            </button>
          </div>
        </form>
      </Tabs>
    </section>
  );
}
