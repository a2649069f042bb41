import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Mirrors migrations/0007_stores_payments.sql (0010's failure codes, 0012's payers, lines and
// refunds), which is what the database runs.

export const PROVIDER_CODES = ['sandbox', 'offline'] as const;
export type ProviderCode = (typeof PROVIDER_CODES)[number];

export const PAYMENT_STATUSES = [
  'pending',
  'awaiting_confirmation',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_FAILURE_CODES = [
  'sandbox_declined',
  'provider_failed',
  // Finance rejected a bank transfer (transfer-rejections.ts).
  'transfer_wrong_payer',
  'transfer_not_received',
  'transfer_wrong_amount',
  'transfer_rejected',
] as const;
export type PaymentFailureCode = (typeof PAYMENT_FAILURE_CODES)[number];

/** What a payment pays for: a subject type some module registers (`store_purchase`). */
export type SubjectType = string;

export const PAYER_KINDS = ['merchant', 'guest'] as const;
export type PayerKind = (typeof PAYER_KINDS)[number];

export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  payerKind: text('payer_kind', { enum: PAYER_KINDS }).notNull(),
  /** Set when a merchant pays; null for a guest buyer. */
  payerMerchantId: uuid('payer_merchant_id'),
  /** A guest buyer's e-mail (and name, if given); null when a merchant pays. */
  payerEmail: text('payer_email'),
  payerName: text('payer_name'),
  subjectType: text('subject_type').$type<SubjectType>().notNull(),
  subjectId: uuid('subject_id').notNull(),
  provider: text('provider', { enum: PROVIDER_CODES }).notNull(),
  status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
  /** The sum of the payment's lines. */
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  reference: text('reference').unique(),
  testMode: boolean('test_mode').notNull(),
  amountReceived: bigint('amount_received', { mode: 'number' }),
  bankReference: text('bank_reference'),
  confirmedBy: uuid('confirmed_by'),
  /** Why it failed, as a code the reader's language renders (see failure.ts). */
  failureCode: text('failure_code').$type<PaymentFailureCode>(),
  /** The provider's own words, if it gave any; earlier rows hold an English sentence here. */
  failureReason: text('failure_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  settledAt: timestamp('settled_at', { withTimezone: true }),
});
export type Payment = typeof payments.$inferSelect;

/** What a payment's amount is made of (fee, deposit; later goods, shipping), in reading order. */
export const paymentLines = pgTable(
  'payment_lines',
  {
    paymentId: uuid('payment_id').notNull(),
    kind: text('kind').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.paymentId, table.position] })],
);
export type PaymentLine = typeof paymentLines.$inferSelect;

export const REFUND_STATUSES = ['succeeded', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const paymentRefunds = pgTable('payment_refunds', {
  id: uuid('id').primaryKey().defaultRandom(),
  paymentId: uuid('payment_id').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  currency: text('currency').notNull(),
  /** How much of each payment line (by kind) it gave back: `{ deposit: 30000 }`. */
  lines: jsonb('lines').$type<Record<string, number>>().notNull(),
  reason: text('reason').notNull(),
  status: text('status', { enum: REFUND_STATUSES }).notNull(),
  idempotencyKey: text('idempotency_key').notNull().unique(),
  providerReference: text('provider_reference'),
  requestedBy: uuid('requested_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  settledAt: timestamp('settled_at', { withTimezone: true }),
});
export type PaymentRefund = typeof paymentRefunds.$inferSelect;

export const PAYMENT_EVENT_TYPES = ['payment.succeeded', 'payment.failed'] as const;
export type PaymentEventType = (typeof PAYMENT_EVENT_TYPES)[number];

export const paymentEvents = pgTable('payment_events', {
  eventKey: text('event_key').primaryKey(),
  paymentId: uuid('payment_id').notNull(),
  type: text('type', { enum: PAYMENT_EVENT_TYPES }).notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});

export const paymentSettings = pgTable('payment_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
