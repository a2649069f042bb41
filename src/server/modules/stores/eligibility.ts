import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { merchantFacts } from '../accounts/index.ts';
import { approvedIdentity } from '../kyc/index.ts';
import { findOwnUpload } from '../uploads/index.ts';
import { loadOfferings } from './offerings/load-offerings.ts';
import type { StoreType } from './schema.ts';

export const CONDITION_KEYS = [
  'account_type',
  'identity_verified',
  'email_verified',
  'phone_verified',
  'real_name',
  'trademark_certificate',
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export interface EligibilityCondition {
  key: ConditionKey;
  met: boolean;
  /** Where in the seller center the merchant fixes it. */
  action: string;
  label: string;
}

export interface Eligibility {
  eligible: boolean;
  conditions: EligibilityCondition[];
}

const ACTIONS: Record<ConditionKey, string> = {
  account_type: '/store',
  identity_verified: '/account/verification',
  email_verified: '/account',
  phone_verified: '/account',
  real_name: '/account',
  trademark_certificate: '/store',
};

export const CONDITION_LABELS: Record<Locale, Record<ConditionKey, string>> = {
  en: {
    account_type: 'Your account type can open this store type',
    identity_verified: 'Real-name verification approved',
    email_verified: 'E-mail address verified',
    phone_verified: 'Mobile number verified',
    real_name: 'Real name (or company name) filled in and matching your verified identity',
    trademark_certificate: 'Trademark certificate attached (flagship stores)',
  },
  'zh-CN': {
    account_type: '账户类型可以开通该类型店铺',
    identity_verified: '实名认证已通过',
    email_verified: '邮箱已验证',
    phone_verified: '手机号已验证',
    real_name: '已填写真实姓名（或企业名称），且与认证身份一致',
    trademark_certificate: '已提供商标注册证（旗舰店）',
  },
};

export interface EligibilityQuery {
  /** Without a type: can the account open any store type on offer? */
  storeType: StoreType | null;
  /** A flagship purchase attaches the merchant's uploaded trademark certificate. */
  trademarkUploadId: string | null;
  locale: Locale;
}

/**
 * SPEC §1/§4: who may open a store. Every condition is reported, met or not, so the seller
 * center can say exactly what is missing and link to where it is fixed.
 */
export async function checkEligibility(
  db: Executor,
  merchantId: string,
  query: EligibilityQuery,
): Promise<Eligibility> {
  const [facts, identity] = await Promise.all([
    merchantFacts(db, merchantId),
    approvedIdentity(db, merchantId),
  ]);
  const accountType = facts?.accountType;
  const types = query.storeType
    ? [query.storeType]
    : (await loadOfferings(db, { includeInactive: false })).map((entry) => entry.type);
  const realName = facts?.realName ? comparableName(facts.realName) : '';

  const met: Record<ConditionKey, boolean> = {
    account_type: !!accountType && types.some((type) => type.accountTypes.includes(accountType)),
    identity_verified: identity.verified,
    email_verified: !!facts?.emailVerified,
    phone_verified: !!facts?.phoneVerified,
    // Until an identity is approved there is nothing to match against; that is its own condition.
    real_name:
      realName !== '' && (!identity.verified || realName === comparableName(identity.name)),
    trademark_certificate: await hasTrademarkCertificate(db, merchantId, query.trademarkUploadId),
  };
  const keys = CONDITION_KEYS.filter(
    (key) => key !== 'trademark_certificate' || query.storeType?.requiresTrademark,
  );
  const conditions = keys.map((key) => ({
    key,
    met: met[key],
    action: ACTIONS[key],
    label: CONDITION_LABELS[query.locale][key],
  }));
  return { eligible: conditions.every((condition) => condition.met), conditions };
}

/** Names compare as people read them: NFKC, case and runs of spaces ignored. */
function comparableName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

async function hasTrademarkCertificate(
  db: Executor,
  merchantId: string,
  uploadId: string | null,
): Promise<boolean> {
  if (!uploadId || !/^[0-9a-f-]{36}$/i.test(uploadId)) return false;
  // Certificates are documents like the verification ones: uploaded with purpose kyc (PDF allowed).
  const upload = await findOwnUpload(db, merchantId, uploadId);
  return upload?.purpose === 'kyc';
}
