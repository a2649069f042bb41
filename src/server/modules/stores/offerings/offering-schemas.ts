import { type Static, Type } from '@sinclair/typebox';

// Request and response shapes of the catalogue (store types and service packages). The admin
// shapes are symmetric: what GET answers can be edited and PUT back.

const Code = Type.String({
  pattern: '^[a-z][a-z0-9_]{1,39}$',
  description: 'e.g. personal, basic',
});
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const MoneySchema = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'Minor units (fen): 100000 = ¥1,000.00' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', examples: ['CNY'] }),
});
/** Amounts operators enter: CNY only for now (ledger accounts are per currency). */
const MoneyInput = Type.Object({
  amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000_00 }),
  currency: Type.Literal('CNY'),
});

export const Names = Type.Object({ en: Text(60), 'zh-CN': Text(60) });
const Descriptions = Type.Object({
  en: Type.String({ maxLength: 500 }),
  'zh-CN': Type.String({ maxLength: 500 }),
});
const AccountTypeSchema = Type.Union([Type.Literal('personal'), Type.Literal('enterprise')]);

export const CapabilitiesSchema = Type.Object({
  promotions: Type.Boolean(),
  customTemplates: Type.Boolean(),
  advertising: Type.Boolean(),
});

const CategoryDepositInput = Type.Object({
  category: Type.String({
    minLength: 1,
    maxLength: 100,
    pattern: '\\S',
    description:
      "Main category, matched (case-insensitively) against the business profile's industry",
  }),
  deposit: MoneyInput,
});

export const StoreTypeCreate = Type.Object({
  code: Code,
  names: Names,
  descriptions: Type.Optional(Descriptions),
  accountTypes: Type.Array(AccountTypeSchema, { minItems: 1, maxItems: 2, uniqueItems: true }),
  requiresTrademark: Type.Boolean(),
  active: Type.Optional(Type.Boolean()),
  sortOrder: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
});
export type StoreTypeCreate = Static<typeof StoreTypeCreate>;

/** Every field optional: what is left out keeps its value. The code never changes. */
export const StoreTypeUpdate = Type.Partial(Type.Omit(StoreTypeCreate, ['code']));
export type StoreTypeUpdate = Static<typeof StoreTypeUpdate>;

export const PackageCreate = Type.Object({
  code: Code,
  names: Names,
  fee: MoneyInput,
  deposit: MoneyInput,
  productLimit: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  capabilities: CapabilitiesSchema,
  depositByCategory: Type.Optional(Type.Array(CategoryDepositInput, { maxItems: 200 })),
  active: Type.Optional(Type.Boolean()),
  sortOrder: Type.Optional(Type.Integer({ minimum: -1000, maximum: 1000 })),
});
export type PackageCreate = Static<typeof PackageCreate>;

export const PackageUpdate = Type.Partial(Type.Omit(PackageCreate, ['code']));
export type PackageUpdate = Static<typeof PackageUpdate>;

const CategoryDepositView = Type.Object({ category: Type.String(), deposit: MoneySchema });

/** GET /api/v1/store-types: names in the caller's language, active types and packages only. */
export const PublicPackageView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  fee: MoneySchema,
  deposit: MoneySchema,
  productLimit: Type.Integer(),
  capabilities: CapabilitiesSchema,
  depositByCategory: Type.Array(CategoryDepositView),
});
export const PublicStoreTypeView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  accountTypes: Type.Array(AccountTypeSchema),
  requiresTrademark: Type.Boolean(),
  packages: Type.Array(PublicPackageView),
});

export const AdminPackageView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  storeTypeId: Type.String({ format: 'uuid' }),
  code: Type.String(),
  names: Names,
  fee: MoneySchema,
  deposit: MoneySchema,
  productLimit: Type.Integer(),
  capabilities: CapabilitiesSchema,
  depositByCategory: Type.Array(CategoryDepositView),
  active: Type.Boolean(),
  sortOrder: Type.Integer(),
});
export const AdminStoreTypeView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  names: Names,
  descriptions: Descriptions,
  accountTypes: Type.Array(AccountTypeSchema),
  requiresTrademark: Type.Boolean(),
  active: Type.Boolean(),
  sortOrder: Type.Integer(),
  packages: Type.Array(AdminPackageView),
});
