import { Type } from '@sinclair/typebox';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { merchantContacts, merchantFacts } from '../accounts/index.ts';
import { paymentProvider } from './providers/index.ts';
import type { Payment } from './schema.ts';

const Money = Type.Object({ amount: Type.Integer(), currency: Type.String() });
const ProviderSchema = Type.Union([Type.Literal('sandbox'), Type.Literal('offline')]);
const StatusSchema = Type.Union([
  Type.Literal('pending'),
  Type.Literal('awaiting_confirmation'),
  Type.Literal('succeeded'),
  Type.Literal('failed'),
  Type.Literal('cancelled'),
]);

export const PaymentViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  provider: ProviderSchema,
  status: StatusSchema,
  /** Fee + deposit: what the merchant pays. */
  amount: Money,
  fee: Money,
  deposit: Money,
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
  merchantId: Type.String({ format: 'uuid' }),
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

const money = (amount: number, currency: string) => ({ amount, currency });

export async function paymentView(db: Executor, payment: Payment) {
  const instructions = ['pending', 'awaiting_confirmation'].includes(payment.status)
    ? await paymentProvider(payment.provider).instructions(db, payment)
    : null;
  return {
    id: payment.id,
    provider: payment.provider,
    status: payment.status,
    amount: money(payment.amount, payment.currency),
    fee: money(payment.feeAmount, payment.currency),
    deposit: money(payment.depositAmount, payment.currency),
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

export async function adminPaymentView(db: Executor, payment: Payment) {
  const facts = await merchantFacts(db, payment.merchantId);
  return adminView(
    payment,
    await paymentView(db, payment),
    facts && { realName: facts.realName, email: facts.email, phone: facts.phone },
  );
}

type PayerContact = { realName: string | null; email: string | null; phone: string | null };

function adminView(
  payment: Payment,
  view: Awaited<ReturnType<typeof paymentView>>,
  merchant: PayerContact | null,
) {
  return {
    ...view,
    merchantId: payment.merchantId,
    merchant,
    subject: { type: payment.subjectType, id: payment.subjectId },
    amountReceived:
      payment.amountReceived === null ? null : money(payment.amountReceived, payment.currency),
    bankReference: payment.bankReference,
    confirmedBy: payment.confirmedBy,
  };
}

/**
 * A page of the finance list: the payers' names in one query for the whole page, not one per
 * payment (instructions are read only for open offline transfers).
 */
export async function adminPaymentViews(db: Executor, page: readonly Payment[]) {
  const merchantIds = [...new Set(page.map((payment) => payment.merchantId))];
  const contacts =
    merchantIds.length === 0
      ? []
      : await db
          .select({
            id: merchantContacts.id,
            realName: merchantContacts.realName,
            email: merchantContacts.email,
            phone: merchantContacts.phone,
          })
          .from(merchantContacts)
          .where(inArray(merchantContacts.id, merchantIds));
  const byId = new Map(contacts.map(({ id, ...contact }) => [id, contact]));
  return Promise.all(
    page.map(async (payment) =>
      adminView(payment, await paymentView(db, payment), byId.get(payment.merchantId) ?? null),
    ),
  );
}
