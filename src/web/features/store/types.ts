// The store as the API shows it (SPEC §4, §5): the catalogue, eligibility, purchases and their
// payments, the merchant's store and its design. Amounts are integer minor units (fen).

export type Money = { amount: number; currency: string };

export type AccountType = 'personal' | 'enterprise';

export type Capabilities = { promotions: boolean; customTemplates: boolean; advertising: boolean };
export const capabilityKeys = ['promotions', 'customTemplates', 'advertising'] as const;

export type CategoryDeposit = { category: string; deposit: Money };

/** GET /api/v1/store-types: names in the language of the request. */
export type StorePackage = {
  id: string;
  code: string;
  name: string;
  fee: Money;
  deposit: Money;
  productLimit: number;
  capabilities: Capabilities;
  depositByCategory: CategoryDeposit[];
};

export type StoreType = {
  id: string;
  code: string;
  name: string;
  description: string;
  accountTypes: AccountType[];
  requiresTrademark: boolean;
  packages: StorePackage[];
};

export type ConditionKey =
  | 'account_type'
  | 'identity_verified'
  | 'email_verified'
  | 'phone_verified'
  | 'real_name'
  | 'trademark_certificate';

/** GET /api/v1/me/store/eligibility: every condition, met or not, and where it is fixed. */
export type Eligibility = {
  eligible: boolean;
  conditions: { key: ConditionKey; met: boolean; action: string; label: string }[];
};

export type PaymentProvider = 'sandbox' | 'offline';
export type PaymentStatus =
  | 'pending'
  | 'awaiting_confirmation'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

export type BankAccount = {
  accountName: string;
  bankName: string;
  accountNumber: string;
  swift: string | null;
};

export type Payment = {
  id: string;
  provider: PaymentProvider;
  status: PaymentStatus;
  /** Fee + deposit: what is paid. */
  amount: Money;
  fee: Money;
  deposit: Money;
  reference: string | null;
  testMode: boolean;
  /** Offline transfers: where to send the money and what to quote. */
  instructions: { reference: string; amount: Money; bankAccount: BankAccount | null } | null;
  /** Why it failed, as a code: render it with paymentFailureText. */
  failureCode: string | null;
  /** The provider's (or an operator's) own words; on older payments, the only text. */
  failureReason: string | null;
  createdAt: string;
  settledAt: string | null;
};

export const openPaymentStatuses: readonly PaymentStatus[] = ['pending', 'awaiting_confirmation'];
export const isOpenPayment = (payment: Payment | null | undefined): payment is Payment =>
  !!payment && openPaymentStatuses.includes(payment.status);

/** POST /me/store/purchase and /me/store/renew (201): what is due, and how to pay it. */
export type Purchase = {
  id: string;
  kind: 'open' | 'renewal';
  status: 'pending_payment' | 'paid' | 'failed' | 'cancelled';
  storeId: string;
  storeStatus: string;
  storeTypeId: string;
  packageId: string;
  fee: Money;
  deposit: Money;
  amount: Money;
  testMode: boolean;
  createdAt: string;
  payment: Payment | null;
};

export type StoreStatus =
  | 'pending_payment'
  | 'active'
  | 'expiring'
  | 'grace'
  | 'suspended'
  | 'closed';

/** Statuses from which a renewal can be bought (as the server's lifecycle says). */
export const renewableStatuses: readonly StoreStatus[] = [
  'active',
  'expiring',
  'grace',
  'suspended',
];
/** Statuses in which a design can be published. */
export const publishableStatuses: readonly StoreStatus[] = ['active', 'expiring'];

export const templateIds = ['classic', 'modern', 'wholesale'] as const;
export type TemplateId = (typeof templateIds)[number];
export const themes = ['red', 'teal', 'ink', 'gold'] as const;
export type Theme = (typeof themes)[number];

export const contactKeys = ['phone', 'email', 'wechat', 'whatsapp', 'address', 'hours'] as const;
export type ContactKey = (typeof contactKeys)[number];
export type Contacts = Partial<Record<ContactKey, string>>;

export type StoreDesign = {
  name: string;
  templateId: TemplateId;
  theme: Theme;
  logoUploadId: string | null;
  bannerUploadId: string | null;
  announcement: string;
  about: string;
  contacts: Contacts;
};

/** GET /api/v1/me/store. */
export type MyStore = {
  id: string;
  status: StoreStatus;
  testMode: boolean;
  slug: string | null;
  slugEditable: boolean;
  /** The public storefront, once published. */
  url: string | null;
  serviceEndsAt: string | null;
  firstActivatedAt: string | null;
  statusChangedAt: string;
  createdAt: string;
  storeType: { id: string; code: string; name: string };
  package: {
    id: string;
    code: string;
    name: string;
    fee: Money;
    productLimit: number;
    capabilities: Capabilities;
  };
  depositRequired: Money;
  design: {
    draft: StoreDesign | null;
    published: StoreDesign | null;
    draftSavedAt: string | null;
    publishedAt: string | null;
  };
  latestPurchase: Purchase | null;
};
