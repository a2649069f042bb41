import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import {
  findMerchant,
  listMerchants,
  type MerchantListItem,
  type MerchantStatus,
} from '../accounts/index.ts';
import { buildGrowthPlan, getBusinessProfile } from '../growth/index.ts';
import {
  approvedIdentity,
  latestSubmission,
  type VerificationState,
  verificationStatesOf,
} from '../kyc/index.ts';
import {
  DEFAULT_CURRENCY,
  type Money,
  merchantDepositBalance,
  merchantDepositBalances,
} from '../ledger/index.ts';
import { type StoreSummary, storeSummariesOf } from '../stores/index.ts';
import { type VerificationFilter, verificationCondition } from './verification-scope.ts';

// The merchant directory composes what each module says about a merchant, through their own
// functions: accounts (who), kyc (verification), stores (the store), ledger (the deposit).

export interface DirectoryQuery {
  q?: string | undefined;
  status?: MerchantStatus | undefined;
  verification?: VerificationFilter | undefined;
  limit: number;
  offset: number;
}

type Merchant = Pick<
  MerchantListItem,
  'id' | 'accountType' | 'email' | 'phone' | 'realName' | 'status' | 'createdAt'
>;

/**
 * One page of the directory composed live: the accounts module's indexed listing, filtered inside
 * that one query, then one batched query each for the page's verification states, stores and
 * deposits. The route reads the read model instead (readDirectory, read-model.ts), whose exact
 * totals cost nothing at scale; this is the answer the model is checked against.
 */
export async function listDirectory(db: Executor, query: DirectoryQuery) {
  const page = await listMerchants(db, {
    q: query.q,
    status: query.status,
    idCondition: query.verification ? verificationCondition(query.verification) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  const ids = page.items.map((merchant) => merchant.id);
  const [verifications, stores, deposits] = await Promise.all([
    verificationStatesOf(db, ids),
    storeSummariesOf(db, ids),
    merchantDepositBalances(db, ids),
  ]);
  const items = page.items.map((merchant) =>
    entry(
      merchant,
      verifications.get(merchant.id) ?? { status: 'none', verified: false },
      stores.get(merchant.id) ?? null,
      deposits.get(merchant.id) ?? { amount: 0, currency: DEFAULT_CURRENCY },
    ),
  );
  return { items, total: page.total };
}

/** Everything the console shows of one merchant; null when there is no such merchant. */
export async function merchantDetail(db: Executor, merchantId: string, locale: Locale) {
  const merchant = await findMerchant(db, merchantId);
  if (!merchant) return null;
  const [verification, stores, deposit, profile, plan] = await Promise.all([
    verificationOf(db, merchantId),
    storeSummariesOf(db, [merchantId]),
    merchantDepositBalance(db, merchantId),
    getBusinessProfile(db, merchantId),
    buildGrowthPlan(db, merchantId, locale),
  ]);
  const store = stores.get(merchantId) ?? null;
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    ...entry(merchant, verification, store, deposit),
    emailVerified: merchant.emailVerifiedAt !== null,
    phoneVerified: merchant.phoneVerifiedAt !== null,
    locale: merchant.locale,
    verification: {
      status: verification.status,
      verified: verification.verified,
      caseId: verification.caseId,
      kind: verification.kind,
      submittedAt: iso(verification.submittedAt),
      verifiedName: verification.verifiedName,
      verifiedAt: iso(verification.verifiedAt),
    },
    store: store && {
      ...storeEntry(store),
      storeType: store.storeType,
      package: store.package,
      depositRequired: store.depositRequired,
      serviceEndsAt: iso(store.serviceEndsAt),
      publishedAt: iso(store.publishedAt),
      createdAt: store.createdAt.toISOString(),
    },
    businessProfile: profile && { ...profile, updatedAt: profile.updatedAt.toISOString() },
    growth: {
      progress: plan.progress,
      completed: plan.completed,
      total: plan.total,
      next: plan.next && { key: plan.next.key, title: plan.next.title },
      tasks: plan.tasks.map((task) => ({ key: task.key, title: task.title, done: task.done })),
    },
  };
}

async function verificationOf(db: Executor, merchantId: string) {
  const [latest, identity] = await Promise.all([
    latestSubmission(db, merchantId),
    approvedIdentity(db, merchantId),
  ]);
  return {
    status: latest?.status ?? ('none' as const),
    verified: identity.verified,
    caseId: latest?.id ?? null,
    kind: latest?.kind ?? null,
    submittedAt: latest?.submittedAt ?? null,
    verifiedName: identity.name,
    verifiedAt: identity.approvedAt,
  };
}

function storeEntry(store: StoreSummary) {
  return {
    id: store.id,
    status: store.status,
    name: store.name,
    slug: store.slug,
    live: store.live,
    testMode: store.testMode,
  };
}

function entry(
  merchant: Merchant,
  verification: VerificationState,
  store: StoreSummary | null,
  deposit: Money,
) {
  return {
    id: merchant.id,
    accountType: merchant.accountType,
    email: merchant.email,
    phone: merchant.phone,
    realName: merchant.realName,
    status: merchant.status,
    createdAt: merchant.createdAt.toISOString(),
    verification: { status: verification.status, verified: verification.verified },
    store: store && storeEntry(store),
    deposit: { amount: deposit.amount, currency: deposit.currency },
  };
}
