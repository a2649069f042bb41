import { bigint, boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Mirrors migrations/0007_stores_payments.sql (and 0010's failure codes), which is what the
// database runs.

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

export const SUBJECT_TYPES = ['store_purchase'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const payments = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  merchantId: uuid('merchant_id').notNull(),
  subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
  subjectId: uuid('subject_id').notNull(),
  provider: text('provider', { enum: PROVIDER_CODES }).notNull(),
  status: text('status', { enum: PAYMENT_STATUSES }).notNull(),
  feeAmount: bigint('fee_amount', { mode: 'number' }).notNull(),
  depositAmount: bigint('deposit_amount', { mode: 'number' }).notNull(),
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
