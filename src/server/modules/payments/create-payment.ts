import type { Executor } from '../../db/client.ts';
import { assertProviderOffered } from './offered-providers.ts';
import { paymentProvider } from './providers/index.ts';
import {
  type Payment,
  type ProviderCode,
  paymentLines,
  payments,
  type SubjectType,
} from './schema.ts';

/** Who pays: a merchant with an account, or a guest buyer who checks out with an e-mail. */
export type Payer =
  | { kind: 'merchant'; id: string }
  | { kind: 'guest'; email: string; name?: string | null };

export interface NewPayment {
  payer: Payer;
  /** What it pays for; its module registered the type as a payment subject. */
  subject: { type: SubjectType; id: string };
  /** What the amount is made of, in reading order (fee, deposit); the amount is their sum. */
  lines: readonly { kind: string; amount: number }[];
  currency: string;
  provider: ProviderCode;
  now: Date;
}

/** Start paying for something: the provider decides how the payment begins (and its reference). */
export async function createPayment(tx: Executor, input: NewPayment): Promise<Payment> {
  assertLines(input.lines);
  const provider = paymentProvider(input.provider);
  await assertProviderOffered(tx, provider.code);
  const initiated = await provider.initiate(tx);
  const { payer } = input;
  const [payment] = await tx
    .insert(payments)
    .values({
      payerKind: payer.kind,
      payerMerchantId: payer.kind === 'merchant' ? payer.id : null,
      payerEmail: payer.kind === 'guest' ? payer.email : null,
      payerName: payer.kind === 'guest' ? (payer.name ?? null) : null,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      provider: provider.code,
      status: initiated.status,
      amount: input.lines.reduce((sum, line) => sum + line.amount, 0),
      currency: input.currency,
      reference: initiated.reference,
      testMode: provider.testMode,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  if (!payment) throw new Error('payment insert returned nothing');
  await tx.insert(paymentLines).values(
    input.lines.map((line, position) => ({
      paymentId: payment.id,
      kind: line.kind,
      amount: line.amount,
      currency: input.currency,
      position,
    })),
  );
  return payment;
}

// The subject's module computes its lines: a wrong one is a bug there, not the payer's input.
function assertLines(lines: NewPayment['lines']): void {
  const kinds = new Set(lines.map((line) => line.kind));
  if (lines.length === 0 || kinds.size !== lines.length) {
    throw new Error('a payment needs lines of distinct kinds');
  }
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amount) || line.amount < 0) {
      throw new Error(
        `payment line ${line.kind}: amount must be a whole number of minor units ≥ 0`,
      );
    }
  }
}
