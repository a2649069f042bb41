import { Type } from '@sinclair/typebox';
import type { Executor } from '../../db/client.ts';
import { MoneyView as Money } from '../../http/money-schema.ts';
import { merchantFacts } from '../accounts/index.ts';
import {
  lineAmount,
  type PaymentDetails,
  paymentDetails,
  refundedAmount,
} from './payment-lines.ts';
import { paymentProvider } from './providers/index.ts';
import type { Payment, PaymentRefund } from './schema.ts';
import { type BankAccount, bankAccount } from './settings.ts';
import { OPEN_PAYMENT_STATUSES } from './status.ts';

const ProviderSchema = Type.Union([Type.Literal('sandbox'), Type.Literal('offline')]);
const StatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('awaiting_confirmation'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
  Type.Literal('cancelled'),
]);

export const RefundViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  amount: Money,
  reason: Type.String(),
  status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
  /** The provider's reference for it; for a bank transfer, the reference of the return transfer. */
  providerReference: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  settledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const PaymentViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provider: ProviderSchema,
  status: StatusSchema,
  /** The sum of the lines: what the payer pays. */
  amount: Money,
  /** The lines a store purchase has (0 when the payment has no such line). */
  fee: Money,
  deposit: Money,
  lines: Type.Array(Type.Object({ kind: Type.String(), amount: Money })),
  /** What refunds gave back; the payment itself stays `succeeded`. */
  refunded: Money,
  refunds: Type.Array(RefundViewSchema),
  /** Offline transfers: the code to quote on the bank transfer. */
  reference: Type.Union([Type.String(), Type.Null()]),
  testMode: Type.Boolean(),
  /** Offline transfers: where to send the money and what to quote. */
  instructions: Type.Union([
    Type.Object({
      reference: Type.String(),
      amount: Money,
      bankAccount: Type.Union([
        Type.Object({
          accountName: Type.String(),
          bankName: Type.String(),
          accountNumber: Type.String(),
          swift: Type.Union([Type.String(), Type.Null()]),
        }),
        Type.Null(),
      ]),
    }),
    Type.Null(),
  ]),
  /** Why it failed, as a code to render in the reader's language: sandbox_declined, provider_failed. */
  failureCode: Type.Union([Type.String(), Type.Null()]),
  /** The provider's (or an operator's) own words; on payments from before codes, the only text. */
  failureReason: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  settledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const AdminPaymentViewSchema = Type.Object({
  ...PaymentViewSchema.properties,
  /** The paying merchant; null when a guest buyer paid. */
  merchantId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  payer: Type.Union([
    Type.Object({ kind: Type.Literal('merchant'), id: Type.String({ format: 'uuid' }) }),
    Type.Object({
      kind: Type.Literal('guest'),
      email: Type.String(),
      name: Type.Union([Type.String(), Type.Null()]),
    }),
  ]),
  /** Who pays, so finance can match a transfer to a person without looking the id up. */
  merchant: Type.Union([
    Type.Object({
      realName: Type.Union([Type.String(), Type.Null()]),
      email: Type.Union([Type.String(), Type.Null()]),
      phone: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  subject: Type.Object({ type: Type.String(), id: Type.String({ format: 'uuid' }) }),
  amountReceived: Type.Union([Money, Type.Null()]),
  bankReference: Type.Union([Type.String(), Type.Null()]),
  confirmedBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
});

export type PayerContact = { realName: string | null; email: string | null; phone: string | null };

const money = (amount: number, currency: string) => ({ amount, currency });

const isOpen = (payment: Payment) => OPEN_PAYMENT_STATUSES.includes(payment.status);

/** The platform's bank account if any of the payments still needs paying; one read per page. */
export async function platformAccountFor(
  db: Executor,
  page: readonly Payment[],
): Promise<BankAccount | null> {
  return page.some(isOpen) ? bankAccount(db) : null;
}

/** A payment as its payer sees it, from its row and details (no query of its own). */
export function toPaymentView(
  payment: Payment,
  details: PaymentDetails,
  platformAccount: BankAccount | null,
) {
  const instructions = isOpen(payment)
    ? paymentProvider(payment.provider).instructions(payment, platformAccount)
    : null;
  return {
    id: payment.id,
    provider: payment.provider,
    status: payment.status,
    amount: money(payment.amount, payment.currency),
    fee: money(lineAmount(details, 'fee'), payment.currency),
    deposit: money(lineAmount(details, 'deposit'), payment.currency),
    lines: details.lines.map((line) => ({
      kind: line.kind,
      amount: money(line.amount, line.currency),
    })),
    refunded: money(refundedAmount(details), payment.currency),
    refunds: details.refunds.map(refundView),
    reference: payment.reference,
    testMode: payment.testMode,
    instructions: instructions
      ? { ...instructions, amount: money(payment.amount, payment.currency) }
      : null,
    failureCode: payment.failureCode,
    failureReason: payment.failureReason,
    createdAt: payment.createdAt.toISOString(),
    settledAt: payment.settledAt?.toISOString() ?? null,
  };
}

export function refundView(refund: PaymentRefund) {
  return {
    id: refund.id,
    amount: money(refund.amount, refund.currency),
    reason: refund.reason,
    status: refund.status,
    providerReference: refund.providerReference,
    createdAt: refund.createdAt.toISOString(),
    settledAt: refund.settledAt?.toISOString() ?? null,
  };
}

async function detailsOf(db: Executor, payment: Payment): Promise<PaymentDetails> {
  const details = (await paymentDetails(db, [payment.id])).get(payment.id);
  if (!details) throw new Error(`payment ${payment.id} vanished`);
  return details;
}

export async function paymentView(db: Executor, payment: Payment) {
  const [details, platformAccount] = await Promise.all([
    detailsOf(db, payment),
    platformAccountFor(db, [payment]),
  ]);
  return toPaymentView(payment, details, platformAccount);
}

export async function adminPaymentView(db: Executor, payment: Payment) {
  const [details, platformAccount, facts] = await Promise.all([
    detailsOf(db, payment),
    platformAccountFor(db, [payment]),
    payment.payerMerchantId ? merchantFacts(db, payment.payerMerchantId) : null,
  ]);
  return toAdminPaymentView(
    payment,
    details,
    platformAccount,
    facts && { realName: facts.realName, email: facts.email, phone: facts.phone },
  );
}

/** The finance console's view: the payer and what finance recorded, besides the payer's view. */
export function toAdminPaymentView(
  payment: Payment,
  details: PaymentDetails,
  platformAccount: BankAccount | null,
  merchant: PayerContact | null,
) {
  return {
    ...toPaymentView(payment, details, platformAccount),
    merchantId: payment.payerMerchantId,
    payer:
      payment.payerKind === 'merchant' && payment.payerMerchantId
        ? { kind: 'merchant' as const, id: payment.payerMerchantId }
        : { kind: 'guest' as const, email: payment.payerEmail ?? '', name: payment.payerName },
    merchant,
    subject: { type: payment.subjectType, id: payment.subjectId },
    amountReceived:
      payment.amountReceived === null ? null : money(payment.amountReceived, payment.currency),
    bankReference: payment.bankReference,
    confirmedBy: payment.confirmedBy,
  };
}
