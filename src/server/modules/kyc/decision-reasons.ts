import type { FieldIssue } from './field-messages.ts';
import { isKycField } from './fields.ts';
import type { DecisionReason } from './reasons.ts';
import type { Decision, KycKind } from './schema.ts';

/**
 * A rejection needs at least one reason; a request for changes needs at least one, each naming
 * the field to change; "other" needs a note that says what. An approval carries no reasons.
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
  reasons.forEach((reason, index) => {
    const field = `reasons.${index}.field`;
    if (reason.field !== undefined && !isKycField(kind, reason.field)) {
      issues.push({ field, rule: 'unknown_field' });
    } else if (decision === 'request_changes' && reason.field === undefined) {
      issues.push({ field, rule: 'field_required' });
    }
  });
  if (reasons.some((reason) => reason.code === 'other') && !note) {
    issues.push({ field: 'note', rule: 'note_required' });
  }
  return issues;
}
