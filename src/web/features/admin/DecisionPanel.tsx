import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { RequestOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { FieldGroup } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { Tabs } from '../../ui/Tabs';
import { TextField } from '../../ui/TextField';
import { fieldSentence } from '../verification/display';
import type { Decision, ReasonCatalogue, VerificationCase } from './caseTypes';
import { ChangeRow } from './DecisionChangeRow';
import styles from './VerificationCase.module.css';

type DecisionBody = RequestOf<'postAdminVerificationsIdDecision'>;
/** The catalogue lists its codes as strings; they are the server's own, so they fit the body. */
type ReasonCode = NonNullable<DecisionBody['reasons']>[number]['code'];
/** A field ticked for a change: the reason picked for it (none at first) and the note on it. */
type Change = { field: string; code: string; note: string };
export type DecisionValues = { rejectCodes: string[]; changes: Change[]; note: string };

/** Where the server's name for a problem (`reasons.1.note`) is shown in the form, by decision. */
function formFieldOf(mode: Decision, serverField: string) {
  if (serverField === 'note') return 'note' as const;
  if (mode === 'reject') {
    return serverField === 'reasons' || serverField.startsWith('reasons.')
      ? ('rejectCodes' as const)
      : undefined;
  }
  // A request for changes shows each reason's problem beside its field; the group, only its own.
  if (serverField === 'reasons') return 'changes' as const;
  const reason = /^reasons\.(\d+)\.(code|note)$/.exec(serverField);
  return reason
    ? (`changes.${Number(reason[1])}.${reason[2] as 'code' | 'note'}` as const)
    : undefined;
}

/**
 * The reviewer's decision on a pending case (SPEC §3): approve; reject with reason codes and a
 * note; or request changes to chosen fields, each with a reason picked from those that fit the
 * field (or written by the reviewer) and its own note.
 */
export function DecisionPanel({
  verification,
  catalogue,
  onDecided,
}: {
  verification: VerificationCase;
  catalogue: ReasonCatalogue;
  onDecided: (verification: VerificationCase) => void;
}) {
  const { t, language } = useI18n();
  const [mode, setMode] = useState<Decision>('approve');
  const form = useForm<DecisionValues>({
    defaultValues: { rejectCodes: [], changes: [], note: '' },
  });
  const changes = useFieldArray({ control: form.control, name: 'changes' });
  const decide = $api.useMutation('post', '/api/v1/admin/verifications/{id}/decision');
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;
  const rejectCodes = form.watch('rejectCodes');
  const reasonsLabel = t('console.decision.reasons');
  const noteLabel = t('console.decision.note');

  /** What the client can tell before asking: a reason for each ticked field, a note for "other". */
  const checked = (values: DecisionValues) => {
    let fine = true;
    const problem = (name: Parameters<typeof form.setError>[0], message: string) => {
      form.setError(name, { type: 'client', message }, { shouldFocus: fine });
      fine = false;
    };
    if (mode === 'reject') {
      if (values.rejectCodes.length === 0) problem('rejectCodes', t('console.decision.pickReason'));
      if (values.rejectCodes.includes('other') && !values.note.trim()) {
        problem('note', t('console.decision.noteForOther'));
      }
    }
    if (mode === 'request_changes') {
      if (values.changes.length === 0) problem('changes', t('console.decision.pickField'));
      values.changes.forEach((change, index) => {
        if (!change.code) problem(`changes.${index}.code`, t('console.decision.pickFieldReason'));
        else if (change.code === 'other' && !change.note.trim()) {
          problem(`changes.${index}.note`, t('console.decision.writeOwnReason'));
        }
      });
    }
    return fine;
  };

  const submit = form.handleSubmit(async (values) => {
    form.clearErrors();
    setFailure(null);
    if (!checked(values)) return;
    const note = values.note.trim() || null;
    const body: DecisionBody =
      mode === 'approve'
        ? { decision: mode }
        : mode === 'reject'
          ? {
              decision: mode,
              reasons: values.rejectCodes.map((code) => ({ code: code as ReasonCode })),
              note,
            }
          : {
              decision: mode,
              // Every ticked field has its reason by now (checked above).
              reasons: values.changes.map((change) => ({
                code: change.code as ReasonCode,
                field: change.field,
                ...(change.note.trim() ? { note: change.note.trim() } : {}),
              })),
              note,
            };
    try {
      onDecided(await decide.mutateAsync({ params: { path: { id: verification.id } }, body }));
    } catch (error) {
      showServerErrors(error, form.setError, (field) => formFieldOf(mode, field));
      // The decision's own fields read as a sentence with their name ("Note is too long").
      for (const [name, label] of [
        ['note', noteLabel],
        ['rejectCodes', reasonsLabel],
        ['changes', reasonsLabel],
      ] as const) {
        const message = form.getFieldState(name).error?.message;
        if (message)
          form.setError(name, { type: 'server', message: fieldSentence(label, message, t) });
      }
      setFailure(error);
    }
  });

  const noteField = (
    <TextField
      label={noteLabel}
      hint={t(
        mode === 'request_changes'
          ? 'console.decision.noteHintChanges'
          : 'console.decision.noteHint',
      )}
      optional={mode !== 'reject' || !rejectCodes.includes('other')}
      error={errors.note?.message}
      type="textarea"
      className={styles.note}
      rows={3}
      maxLength={2000}
      registration={form.register('note')}
    />
  );

  return (
    <section className={`card ${styles.card} ${styles.decision}`} aria-labelledby="decision-title">
      <h2 id="decision-title" className={styles.cardTitle}>
        {t('console.decision.title')}
      </h2>
      <Tabs
        label={t('console.decision.title')}
        tabs={[
          { key: 'approve', label: t('console.decision.tab.approve') },
          { key: 'request_changes', label: t('console.decision.tab.changes') },
          { key: 'reject', label: t('console.decision.tab.reject') },
        ]}
        selected={mode}
        onSelect={(next) => {
          setMode(next);
          form.clearErrors();
          setFailure(null);
        }}
      >
        <form className="form-stack" onSubmit={submit} noValidate>
          <ErrorNotice error={failure} fields={['reasons', 'note']} />
          {mode === 'approve' && (
            <p className={styles.explain}>{t('console.decision.approveExplain')}</p>
          )}
          {mode === 'reject' && (
            <>
              <p className={styles.explain}>{t('console.decision.rejectExplain')}</p>
              <FieldGroup legend={reasonsLabel} error={errors.rejectCodes?.message}>
                <Controller
                  control={form.control}
                  name="rejectCodes"
                  render={({ field }) => (
                    <div className={styles.checkList}>
                      {catalogue.reasons.map((reason) => (
                        <label key={reason.code} className="checkbox">
                          <input
                            type="checkbox"
                            name="reason"
                            value={reason.code}
                            checked={field.value.includes(reason.code)}
                            onChange={() =>
                              field.onChange(
                                field.value.includes(reason.code)
                                  ? field.value.filter((code) => code !== reason.code)
                                  : [...field.value, reason.code],
                              )
                            }
                          />
                          <span>{reason.label[language]}</span>
                        </label>
                      ))}
                    </div>
                  )}
                />
              </FieldGroup>
              {noteField}
            </>
          )}
          {mode === 'request_changes' && (
            <>
              <p className={styles.explain}>{t('console.decision.changesExplain')}</p>
              <FieldGroup
                legend={t('console.decision.fields')}
                error={errors.changes?.message ?? errors.changes?.root?.message}
              >
                <div className={styles.changeList}>
                  {catalogue.fields[verification.kind].map((option) => {
                    const index = changes.fields.findIndex(
                      (change) => change.field === option.field,
                    );
                    return (
                      <ChangeRow
                        key={option.field}
                        option={option}
                        index={index}
                        form={form}
                        catalogue={catalogue}
                        verification={verification}
                        onToggle={() =>
                          index < 0
                            ? changes.append(
                                { field: option.field, code: '', note: '' },
                                { shouldFocus: false },
                              )
                            : changes.remove(index)
                        }
                      />
                    );
                  })}
                </div>
              </FieldGroup>
              {noteField}
            </>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className={`button ${mode === 'reject' ? 'button--danger' : 'button--primary'}`}
              disabled={isSubmitting}
            >
              {t(
                mode === 'approve'
                  ? 'console.decision.submit.approve'
                  : mode === 'reject'
                    ? 'console.decision.submit.reject'
                    : 'console.decision.submit.changes',
              )}
            </button>
          </div>
        </form>
      </Tabs>
    </section>
  );
}
