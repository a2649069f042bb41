import type { Money, StoreStatus } from '../store/types';

// The merchant directory as GET /api/v1/admin/merchants and /admin/merchants/{id} answer it.

export type MerchantStatus = 'active' | 'suspended' | 'closed';
export const merchantStatuses: readonly MerchantStatus[] = ['active', 'suspended', 'closed'];

/** The newest verification case's status; `none` before the merchant submitted one. */
export type VerificationState =
  | 'none'
  | 'draft'
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'changes_requested';

export type VerificationFilter =
  | 'verified'
  | 'unverified'
  | 'pending'
  | 'changes_requested'
  | 'rejected'
  | 'none';
export const verificationFilters: readonly VerificationFilter[] = [
  'verified',
  'unverified',
  'pending',
  'changes_requested',
  'rejected',
  'none',
];

export type DirectoryEntry = {
  id: string;
  accountType: 'personal' | 'enterprise';
  email: string | null;
  phone: string | null;
  realName: string | null;
  status: MerchantStatus;
  createdAt: string;
  verification: { status: VerificationState; verified: boolean };
  store: {
    id: string;
    status: StoreStatus;
    name: string | null;
    slug: string | null;
    live: boolean;
    testMode: boolean;
  } | null;
  deposit: Money;
};

export type Directory = { items: DirectoryEntry[]; total: number };

type Names = { code: string; nameEn: string; nameZh: string };

export type MerchantDetail = Omit<DirectoryEntry, 'verification' | 'store'> & {
  emailVerified: boolean;
  phoneVerified: boolean;
  locale: string;
  verification: DirectoryEntry['verification'] & {
    caseId: string | null;
    kind: 'personal' | 'enterprise' | null;
    submittedAt: string | null;
    verifiedName: string | null;
    verifiedAt: string | null;
  };
  store:
    | (NonNullable<DirectoryEntry['store']> & {
        storeType: Names;
        package: Names;
        depositRequired: Money;
        serviceEndsAt: string | null;
        publishedAt: string | null;
        createdAt: string;
      })
    | null;
  businessProfile: {
    industry: string;
    businessModel: string;
    experience: string;
    platforms: string[];
    targetMarkets: string[];
    teamSize: string;
    updatedAt: string;
  } | null;
  growth: {
    progress: number;
    completed: number;
    total: number;
    next: { key: string; title: string } | null;
    tasks: { key: string; title: string; done: boolean }[];
  };
};
