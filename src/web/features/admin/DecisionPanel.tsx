import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, fieldProblems } from '../../ui/errors';
import { Field, FieldGroup } from '../../ui/Field';
import { Tabs } from '../../ui/Tabs';
import { fieldSentence, fieldValue, isVerificationField } from '../verification/display';
import type { Decision, ReasonCatalogue, VerificationCase } from './caseTypes';
import { useOperatorAction } from './hooks';

/** A field ticked for a change: the reason picked for it (none at first) and the note on it. */
type Change = { code: string; note: string };

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
  const [rejectCodes, setRejectCodes] = useState<string[]>([]);
  /** Field → its reason and note, for each field ticked for a change. */
  const [changes, setChanges] = useState<Record<string, Change>>({});
  const [note, setNote] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const decide = useOperatorAction();

  const reasonLabel = (code: string) =>
    code === 'other'
      ? t('console.decision.ownReason')
      : (catalogue.reasons.find((reason) => reason.code === code)?.label[language] ?? code);
  const fields = catalogue.fields[verification.kind];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (mode === 'reject' && rejectCodes.length === 0) {
      problems.reasons = t('console.decision.pickReason');
    }
    if (mode === 'reject' && rejectCodes.includes('other') && !note.trim()) {
      problems.note = t('console.decision.noteForOther');
    }
    if (mode === 'request_changes') {
      if (Object.keys(changes).length === 0) problems.reasons = t('console.decision.pickField');
      for (const [field, change] of Object.entries(changes)) {
        if (!change.code) problems[`change:${field}`] = t('console.decision.pickFieldReason');
        else if (change.code === 'other' && !change.note.trim()) {
          problems[`note:${field}`] = t('console.decision.writeOwnReason');
        }
      }
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
                : Object.entries(changes).map(([field, change]) => ({
                    code: change.code,
                    field,
                    ...(change.note.trim() ? { note: change.note.trim() } : {}),
                  })),
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
  // A request for changes shows each reason's problem beside its field; the group, only its own.
  const reasonsError =
    localErrors.reasons ??
    (mode === 'request_changes' && !fieldProblems(decide.error).some((p) => p.field === 'reasons')
      ? undefined
      : serverProblem('reasons', t('console.decision.reasons')));
  const noteError = localErrors.note ?? serverProblem('note', t('console.decision.note'));

  const toggleCode = (code: string) =>
    setRejectCodes((current) =>
      current.includes(code) ? current.filter((value) => value !== code) : [...current, code],
    );
  // A ticked field has no reason until the reviewer picks one: none is assumed for them.
  const toggleField = (field: string) =>
    setChanges((current) => {
      const next = { ...current };
      if (field in next) delete next[field];
      else next[field] = { code: '', note: '' };
      return next;
    });
  const updateChange = (field: string, update: Partial<Change>) => {
    setLocalErrors(({ [`change:${field}`]: _, [`note:${field}`]: __, ...rest }) => rest);
    setChanges((current) => {
      const change = current[field];
      return change ? { ...current, [field]: { ...change, ...update } } : current;
    });
  };
  /** The server's word on one reason of the request (its code or its note). */
  const reasonProblem = (field: string, part: 'code' | 'note') => {
    const index = Object.keys(changes).indexOf(field);
    return index < 0 ? undefined : fieldError(decide.error, `reasons.${index}.${part}`);
  };

  const noteField = (
    <Field
      label={t('console.decision.note')}
      hint={t(
        mode === 'request_changes'
          ? 'console.decision.noteHintChanges'
          : 'console.decision.noteHint',
      )}
      optional={mode !== 'reject' || !rejectCodes.includes('other')}
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
                  {fields.map(({ field, label, reasons: fieldReasons }) => {
                    const change = changes[field];
                    const ticked = change !== undefined;
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
                        {change && (
                          <div className="change-row__reason">
                            <Field
                              label={t('console.decision.reasonFor', { field: label[language] })}
                              error={localErrors[`change:${field}`] ?? reasonProblem(field, 'code')}
                            >
                              {(control) => (
                                <select
                                  {...control}
                                  className="field__input"
                                  name={`reason-${field}`}
                                  value={change.code}
                                  onChange={(event) =>
                                    updateChange(field, { code: event.target.value })
                                  }
                                >
                                  <option value="" disabled>
                                    {t('console.decision.chooseReason')}
                                  </option>
                                  {fieldReasons.map((code) => (
                                    <option key={code} value={code}>
                                      {reasonLabel(code)}
                                    </option>
                                  ))}
                                </select>
                              )}
                            </Field>
                            <Field
                              label={t('console.decision.noteFor', { field: label[language] })}
                              optional={change.code !== 'other'}
                              hint={t(
                                change.code === 'other'
                                  ? 'console.decision.ownReasonHint'
                                  : 'console.decision.fieldNoteHint',
                              )}
                              error={localErrors[`note:${field}`] ?? reasonProblem(field, 'note')}
                            >
                              {(control) => (
                                <textarea
                                  {...control}
                                  className="field__input change-row__note"
                                  name={`note-${field}`}
                                  rows={2}
                                  maxLength={catalogue.noteMaxLength}
                                  value={change.note}
                                  onChange={(event) =>
                                    updateChange(field, { note: event.target.value })
                                  }
                                />
                              )}
                            </Field>
                          </div>
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
