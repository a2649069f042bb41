import type { FieldIssue } from './field-messages.ts';
import { isKycField } from './fields.ts';
import { type DecisionReason, fitsField } from './reasons.ts';
import type { Decision, KycKind } from './schema.ts';

/**
 * A rejection needs at least one reason; a request for changes needs at least one, each naming
 * a different field, with a reason that fits that field; "other" needs the reviewer's own words
 * (the reason's note, or else the decision's note). An approval carries no reasons.
 */
export function decisionReasonIssues(
  kind: KycKind,
  decision: Decision,
  reasons: DecisionReason[],
  note: string | null,
): FieldIssue[] {
  if (decision === 'approve') return [];
  const issues: FieldIssue[] = [];
  if (reasons.length === 0) issues.push({ field: 'reasons', rule: 'reasons_required' });
  const named = new Set<string>();
  reasons.forEach((reason, index) => {
    const field = `reasons.${index}.field`;
    if (reason.field !== undefined && !isKycField(kind, reason.field)) {
      issues.push({ field, rule: 'unknown_field' });
    } else if (decision === 'request_changes' && reason.field === undefined) {
      issues.push({ field, rule: 'field_required' });
    } else if (reason.field !== undefined && named.has(reason.field)) {
      issues.push({ field, rule: 'duplicate' });
    } else if (reason.field !== undefined && !fitsField(reason.code, reason.field)) {
      issues.push({ field: `reasons.${index}.code`, rule: 'reason_not_for_field' });
    }
    if (reason.field !== undefined) named.add(reason.field);
    if (reason.code === 'other' && !reason.note && !note) {
      issues.push({
        field: reason.field === undefined ? 'note' : `reasons.${index}.note`,
        rule: 'note_required',
      });
    }
  });
  return issues;
}

/** Reasons as they are kept: the reviewer's words trimmed, and left out when there are none. */
export function normaliseReasons(reasons: DecisionReason[]): DecisionReason[] {
  return reasons.map(({ code, field, note }) => {
    const words = note?.trim();
    return {
      code,
      ...(field === undefined ? {} : { field }),
      ...(words ? { note: words } : {}),
    };
  });
}
