import type { DecisionReason, Verification, VerificationKind } from '../verification/types';
import type { Labels } from './reasons';

export type Decision = 'approve' | 'reject' | 'request_changes';

/** One decision on a case, with what it was decided on. */
export type Review = {
  id: string;
  decision: Decision;
  statusBefore: string;
  statusAfter: string;
  reasons: DecisionReason[];
  note: string | null;
  operator: { id: string; email: string; name: string };
  decidedAt: string;
  /** `{ kind, details, documents: [{ type, uploadId }] }` as they were when decided. */
  snapshot: unknown;
};

/** GET /api/v1/admin/verifications/{id}. */
export type VerificationCase = Verification & {
  merchant: {
    id: string;
    accountType: VerificationKind;
    email: string | null;
    phone: string | null;
    locale: string;
  };
  reviews: Review[];
  /**
   * A resubmitted case: what differs from what the last decision was made on, old → new (a
   * document as `{ uploadId, url }`).
   */
  changes: FieldChange[];
};

export type FieldChange = {
  field: string;
  fieldLabel: string;
  before: unknown;
  after: unknown;
};

/** GET /api/v1/admin/verification-reasons. */
export type ReasonCatalogue = {
  reasons: { code: string; label: Labels }[];
  /** Each field a request for changes can name, with the reason codes that fit it. */
  fields: Record<VerificationKind, { field: string; label: Labels; reasons: string[] }[]>;
  /** How long a reviewer's note on one field may be. */
  noteMaxLength: number;
};
