import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Tabs } from '../../ui/Tabs';
import { fieldSentence, fieldValue, isVerificationField } from '../verification/display';
import type { Decision, ReasonCatalogue, VerificationCase } from './caseTypes';
import { useOperatorAction } from './hooks';
import { likelyReason } from './reasons';

/**
 * The reviewer's decision on a pending case (SPEC §3): approve; reject with reason codes and a
 * note; or request changes to chosen fields, each with its reason, and one note for them all.
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
  const [rejectCodes, setRejectCodes] = useState<string[]>([]);
  /** Field → reason code, for each field ticked for a change. */
  const [changes, setChanges] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const decide = useOperatorAction();

  const codes = catalogue.reasons.map((reason) => reason.code);
  const reasonLabel = (code: string) =>
    catalogue.reasons.find((reason) => reason.code === code)?.label[language] ?? code;
  const fields = catalogue.fields[verification.kind];

  const chosenCodes =
    mode === 'reject' ? rejectCodes : mode === 'request_changes' ? Object.values(changes) : [];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (mode === 'reject' && rejectCodes.length === 0) {
      problems.reasons = t('console.decision.pickReason');
    }
    if (mode === 'request_changes' && Object.keys(changes).length === 0) {
      problems.reasons = t('console.decision.pickField');
    }
    if (chosenCodes.includes('other') && !note.trim()) {
      problems.note = t('console.decision.noteForOther');
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const body =
      mode === 'approve'
        ? { decision: mode }
        : {
            decision: mode,
            reasons:
              mode === 'reject'
                ? rejectCodes.map((code) => ({ code }))
                : Object.entries(changes).map(([field, code]) => ({ code, field })),
            note: note.trim() || null,
          };
    const outcome = await decide.run(() =>
      api.post<VerificationCase>(`/admin/verifications/${verification.id}/decision`, body),
    );
    if (outcome.ok) onDecided(outcome.value);
  };

  const serverProblem = (field: string, label: string) => {
    const problem = fieldError(decide.error, field);
    return problem ? fieldSentence(label, problem, t) : undefined;
  };
  const reasonsError =
    localErrors.reasons ?? serverProblem('reasons', t('console.decision.reasons'));
  const noteError = localErrors.note ?? serverProblem('note', t('console.decision.note'));

  const toggleCode = (code: string) =>
    setRejectCodes((current) =>
      current.includes(code) ? current.filter((value) => value !== code) : [...current, code],
    );
  const toggleField = (field: string) =>
    setChanges((current) => {
      const next = { ...current };
      if (field in next) delete next[field];
      else next[field] = likelyReason(field, codes);
      return next;
    });

  const noteField = (
    <Field
      label={t('console.decision.note')}
      hint={t(
        mode === 'request_changes'
          ? 'console.decision.noteHintChanges'
          : 'console.decision.noteHint',
      )}
      optional={!chosenCodes.includes('other')}
      error={noteError}
    >
      {(control) => (
        <textarea
          {...control}
          className="field__input decision__note"
          name="note"
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <section className="card case-card decision" aria-labelledby="decision-title">
      <h2 id="decision-title" className="case-card__title">
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
          setLocalErrors({});
          decide.reset();
        }}
      >
        <form className="console-form" onSubmit={submit} noValidate>
          <ErrorNotice error={decide.error} fields={['reasons', 'note']} />
          {mode === 'approve' && (
            <p className="decision__explain">{t('console.decision.approveExplain')}</p>
          )}
          {mode === 'reject' && (
            <>
              <p className="decision__explain">{t('console.decision.rejectExplain')}</p>
              <FieldGroup legend={t('console.decision.reasons')} error={reasonsError}>
                <div className="check-list">
                  {catalogue.reasons.map((reason) => (
                    <label key={reason.code} className="checkbox">
                      <input
                        type="checkbox"
                        name="reason"
                        value={reason.code}
                        checked={rejectCodes.includes(reason.code)}
                        onChange={() => toggleCode(reason.code)}
                      />
                      <span>{reason.label[language]}</span>
                    </label>
                  ))}
                </div>
              </FieldGroup>
              {noteField}
            </>
          )}
          {mode === 'request_changes' && (
            <>
              <p className="decision__explain">{t('console.decision.changesExplain')}</p>
              <FieldGroup legend={t('console.decision.fields')} error={reasonsError}>
                <div className="change-list">
                  {fields.map(({ field, label }) => {
                    const ticked = field in changes;
                    const value = isVerificationField(field)
                      ? fieldValue(verification, field, language, t)
                      : '';
                    return (
                      <div key={field} className="change-row" data-ticked={ticked || undefined}>
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            name="field"
                            value={field}
                            checked={ticked}
                            onChange={() => toggleField(field)}
                          />
                          <span className="change-row__text">
                            <span className="change-row__label">{label[language]}</span>
                            {value && <span className="change-row__value">{value}</span>}
                          </span>
                        </label>
                        {ticked && (
                          <select
                            className="field__input change-row__reason"
                            aria-label={t('console.decision.reasonFor', { field: label[language] })}
                            value={changes[field]}
                            onChange={(event) =>
                              setChanges((current) => ({ ...current, [field]: event.target.value }))
                            }
                          >
                            {codes.map((code) => (
                              <option key={code} value={code}>
                                {reasonLabel(code)}
                              </option>
                            ))}
                          </select>
                        )}
                      </div>
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
              disabled={decide.busy}
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
