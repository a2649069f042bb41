import { type TSchema, Type } from '@sinclair/typebox';
import { stringEnum } from '../../lib/string-enum.ts';

// The merchant directory's answers (SPEC §9): one row per merchant, and a merchant's detail.

const DateTime = Type.String({ format: 'date-time' });
// Null first: with type coercion on, a string branch tried first would turn null into "".
const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);
const Money = Type.Object({
  amount: Type.Integer({ description: 'Minor units (fen for CNY).' }),
  currency: Type.String(),
});
const Names = Type.Object({ code: Type.String(), nameEn: Type.String(), nameZh: Type.String() });

export const VERIFICATION_STATES = [
  'none',
  'draft',
  'pending',
  'approved',
  'rejected',
  'changes_requested',
] as const;

const Verification = Type.Object({
  status: stringEnum(VERIFICATION_STATES, {
    description: "The newest case's status; none when the merchant never submitted one.",
  }),
  verified: Type.Boolean({ description: 'An approved identity stands (the verified badge).' }),
});

const Store = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: stringEnum(['pending_payment', 'active', 'expiring', 'grace', 'suspended', 'closed']),
  name: Nullable(Type.String()),
  slug: Nullable(Type.String()),
  live: Type.Boolean({ description: 'Buyers can open the storefront.' }),
  testMode: Type.Boolean(),
});

export const DirectoryEntry = Type.Object({
  id: Type.String({ format: 'uuid' }),
  accountType: stringEnum(['personal', 'enterprise']),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  realName: Nullable(Type.String()),
  status: stringEnum(['active', 'suspended', 'closed']),
  createdAt: DateTime,
  verification: Verification,
  store: Nullable(Store),
  deposit: Money,
});

export const MerchantDetail = Type.Object({
  ...DirectoryEntry.properties,
  emailVerified: Type.Boolean(),
  phoneVerified: Type.Boolean(),
  locale: Type.String(),
  verification: Type.Object({
    ...Verification.properties,
    caseId: Nullable(Type.String({ format: 'uuid' })),
    kind: Nullable(stringEnum(['personal', 'enterprise'])),
    submittedAt: Nullable(DateTime),
    verifiedName: Nullable(Type.String()),
    verifiedAt: Nullable(DateTime),
  }),
  store: Nullable(
    Type.Object({
      ...Store.properties,
      storeType: Names,
      package: Names,
      depositRequired: Money,
      serviceEndsAt: Nullable(DateTime),
      publishedAt: Nullable(DateTime),
      createdAt: DateTime,
    }),
  ),
  businessProfile: Nullable(
    Type.Object({
      industry: Type.String(),
      businessModel: Type.String(),
      experience: Type.String(),
      platforms: Type.Array(Type.String()),
      targetMarkets: Type.Array(Type.String()),
      teamSize: Type.String(),
      updatedAt: DateTime,
    }),
  ),
  growth: Type.Object({
    progress: Type.Integer({ minimum: 0, maximum: 100 }),
    completed: Type.Integer(),
    total: Type.Integer(),
    next: Nullable(Type.Object({ key: Type.String(), title: Type.String() })),
    tasks: Type.Array(
      Type.Object({ key: Type.String(), title: Type.String(), done: Type.Boolean() }),
      { description: 'In plan order, titles in the language of the request.' },
    ),
  }),
});
