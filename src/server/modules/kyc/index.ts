/** The kyc module's public surface. */
import { defineModule } from '../../module.ts';
import { kycErrors } from './errors.ts';
import { queueExpiryReminders } from './expiry-reminders.ts';
import { kycNotifications } from './notification-templates.ts';
import { refreshReviewSearch } from './review-queue.ts';
import { kycRoutes } from './routes.ts';

export {
  type ApprovedIdentity,
  approvedIdentity,
  currentApprovedSubmission,
} from './approved-identity.ts';
export { creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
export { decideVerification, type VerificationDecision } from './decide-verification.ts';
export { queueExpiryReminders, REMINDER_DAYS_BEFORE_EXPIRY } from './expiry-reminders.ts';
export { latestSubmission } from './find-submission.ts';
export { listVerifications, type VerificationQueueFilter } from './list-verifications.ts';
export { afterVerificationApproved } from './on-approved.ts';
export { REASON_CATALOGUE, REASON_CODES, type ReasonCode } from './reasons.ts';
export { normaliseResidentId, residentIdProblem } from './resident-id.ts';
export type { KycKind, KycSubmission } from './schema.ts';
export type { KycStatus } from './status.ts';
export { transition } from './status.ts';
export { submitVerification } from './submit-verification.ts';
export {
  hasApprovedIdentity,
  hasVerificationCase,
  type VerificationState,
  verificationStatesOf,
} from './verification-conditions.ts';

export const kycModule = defineModule({
  name: 'kyc',
  routes: [kycRoutes],
  errors: kycErrors,
  notifications: kycNotifications,
  events: ['kyc.submitted', 'kyc.approved', 'kyc.changes_requested', 'kyc.rejected'],
  subscribers: { 'account.contact_verified': refreshReviewSearch },
  jobs: [
    {
      name: 'kyc.expiry-reminders',
      everyMs: 60 * 60 * 1000,
      run: (tx, now) => queueExpiryReminders(tx, now).then(() => undefined),
    },
  ],
});
