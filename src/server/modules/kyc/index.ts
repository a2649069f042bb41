/** The kyc module's public surface. */
export {
  type ApprovedIdentity,
  approvedIdentity,
  currentApprovedSubmission,
} from './approved-identity.ts';
export { creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
export { decideVerification, type VerificationDecision } from './decide-verification.ts';
export { queueExpiryReminders, REMINDER_DAYS_BEFORE_EXPIRY } from './expiry-reminders.ts';
export { afterVerificationApproved } from './on-approved.ts';
export { REASON_CATALOGUE, REASON_CODES, type ReasonCode } from './reasons.ts';
export { normaliseResidentId, residentIdProblem } from './resident-id.ts';
export type { KycKind, KycSubmission } from './schema.ts';
export type { KycStatus } from './status.ts';
export { transition } from './status.ts';
export { submitVerification } from './submit-verification.ts';
