// The store as the API shows it (SPEC §4, §5): the catalogue, eligibility, purchases and their
// payments, the merchant's store and its design. Amounts are integer minor units (fen). Every API
// shape is the server's own (api/contract.ts); only the lists the pages walk are written here.
import type { ResponseOf } from '../../api/contract';

/** GET /api/v1/store-types: names in the language of the request. */
export type StoreType = ResponseOf<'getStoreTypes'>[number];
export type StorePackage = StoreType['packages'][number];
export type Money = StorePackage['fee'];
export type AccountType = StoreType['accountTypes'][number];
export type Capabilities = StorePackage['capabilities'];
export const capabilityKeys = [
  'promotions',
  'customTemplates',
  'advertising',
] as const satisfies readonly (keyof Capabilities)[];
export type CategoryDeposit = StorePackage['depositByCategory'][number];

/** GET /api/v1/me/store/eligibility: every condition, met or not, and where it is fixed. */
export type Eligibility = ResponseOf<'getMeStoreEligibility'>;
export type ConditionKey = Eligibility['conditions'][number]['key'];

/** POST /me/store/purchase and /me/store/renew (201): what is due, and how to pay it. */
export type Purchase = ResponseOf<'postMeStorePurchase', 201>;
export type Payment = NonNullable<Purchase['payment']>;
export type PaymentProvider = Payment['provider'];
export type PaymentStatus = Payment['status'];
export type BankAccount = NonNullable<NonNullable<Payment['instructions']>['bankAccount']>;

export const openPaymentStatuses: readonly PaymentStatus[] = ['pending', 'awaiting_confirmation'];
export const isOpenPayment = (payment: Payment | null | undefined): payment is Payment =>
  !!payment && openPaymentStatuses.includes(payment.status);

/** GET /api/v1/me/store. */
export type MyStore = ResponseOf<'getMeStore'>;
export type StoreStatus = MyStore['status'];

/** Statuses from which a renewal can be bought (as the server's lifecycle says). */
export const renewableStatuses: readonly StoreStatus[] = [
  'active',
  'expiring',
  'grace',
  'suspended',
];
/** Statuses in which a design can be published. */
export const publishableStatuses: readonly StoreStatus[] = ['active', 'expiring'];

export const templateIds = [
  'classic',
  'modern',
  'wholesale',
] as const satisfies readonly TemplateId[];
export const themes = ['red', 'teal', 'ink', 'gold'] as const satisfies readonly Theme[];

export const contactKeys = [
  'phone',
  'email',
  'wechat',
  'whatsapp',
  'address',
  'hours',
] as const satisfies readonly ContactKey[];
export type StoreDesign = NonNullable<MyStore['design']['draft']>;
export type TemplateId = StoreDesign['templateId'];
export type Theme = StoreDesign['theme'];
export type Contacts = StoreDesign['contacts'];
export type ContactKey = keyof Contacts;
