import { AppError } from '../../errors.ts';

export const KYC_STATUSES = [
  'draft',
  'pending',
  'approved',
  'rejected',
  'changes_requested',
] as const;
export type KycStatus = (typeof KYC_STATUSES)[number];

/**
 * The life of a verification case. Approved is final for that case: changing verified fields
 * opens a new case, so the approved one keeps standing until its successor is approved.
 */
const TRANSITIONS: Record<KycStatus, readonly KycStatus[]> = {
  draft: ['pending'],
  pending: ['approved', 'rejected', 'changes_requested'],
  approved: [],
  rejected: ['pending'],
  changes_requested: ['pending'],
};

export function canTransition(from: KycStatus, to: KycStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The one way a case changes status; anything not in the table is refused. */
export function transition(from: KycStatus, to: KycStatus): KycStatus {
  if (!canTransition(from, to))
    throw new AppError('kyc.invalid_transition', undefined, { from, to });
  return to;
}
