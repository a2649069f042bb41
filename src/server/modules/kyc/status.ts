import { defineLifecycle } from '../../lifecycle/define-lifecycle.ts';
import { kycSubmissions } from './schema.ts';

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
export const verificationLifecycle = defineLifecycle<KycStatus, typeof kycSubmissions>(
  'verification',
  {
    table: kycSubmissions,
    transitions: {
      draft: ['pending'],
      pending: ['approved', 'rejected', 'changes_requested'],
      approved: [],
      rejected: ['pending'],
      changes_requested: ['pending'],
    },
    refusedCode: 'kyc.invalid_transition',
  },
);

export const canTransition = verificationLifecycle.can;

/** Checks a case's move against the table; anything not in it is refused. */
export const transition = verificationLifecycle.assert;
