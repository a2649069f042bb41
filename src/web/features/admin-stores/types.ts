import type { AccountType, Capabilities, Money, Payment, PaymentProvider } from '../store/types';

// The console's view of payments, the catalogue and the payment settings (the TypeBox schemas
// of src/server/modules/payments/routes/admin-routes.ts and stores/offerings/offering-schemas.ts).

export type AdminPayment = Payment & {
  merchantId: string;
  merchant: { realName: string | null; email: string | null; phone: string | null } | null;
  subject: { type: string; id: string };
  amountReceived: Money | null;
  bankReference: string | null;
  confirmedBy: string | null;
};

export type PaymentPage = { items: AdminPayment[]; total: number };

export type Names = { en: string; 'zh-CN': string };

export type AdminPackage = {
  id: string;
  storeTypeId: string;
  code: string;
  names: Names;
  fee: Money;
  deposit: Money;
  productLimit: number;
  capabilities: Capabilities;
  depositByCategory: { category: string; deposit: Money }[];
  active: boolean;
  sortOrder: number;
};

export type AdminStoreType = {
  id: string;
  code: string;
  names: Names;
  descriptions: Names;
  accountTypes: AccountType[];
  requiresTrademark: boolean;
  active: boolean;
  sortOrder: number;
  packages: AdminPackage[];
};

export type PaymentSettings = {
  /** Null until an admin enters it: bank transfer is not offered until then. */
  bankAccount: {
    accountName: string;
    bankName: string;
    accountNumber: string;
    swift: string | null;
  } | null;
  sandboxEnabled: boolean;
  /** The ways merchants can pay now. */
  offeredProviders: PaymentProvider[];
  callbacks: {
    signatureHeader: string;
    urls: Record<string, string>;
    secrets: Record<string, string>;
  };
};
