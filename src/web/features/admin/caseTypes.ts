import type { ResponseOf } from '../../api/contract';

/** GET /api/v1/admin/verifications/{id}. */
export type VerificationCase = ResponseOf<'getAdminVerificationsId'>;
/** One decision on a case, with what it was decided on (`snapshot`: as it was when decided). */
export type Review = VerificationCase['reviews'][number];
export type Decision = Review['decision'];
/**
 * A resubmitted case: what differs from what the last decision was made on, old → new (a
 * document as `{ uploadId, url }`).
 */
export type FieldChange = VerificationCase['changes'][number];

/** GET /api/v1/admin/verification-reasons. */
export type ReasonCatalogue = ResponseOf<'getAdminVerificationReasons'>;
