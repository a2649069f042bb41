import type { Executor } from '../../db/client.ts';
import { assertProviderOffered } from './offered-providers.ts';
import { paymentProvider } from './providers/index.ts';
import { type Payment, type ProviderCode, payments, type SubjectType } from './schema.ts';

export interface NewPayment {
  merchantId: string;
  subject: { type: SubjectType; id: string };
  feeAmount: number;
  depositAmount: number;
  currency: string;
  provider: ProviderCode;
  now: Date;
}

/** Start paying for something: the provider decides how the payment begins (and its reference). */
export async function createPayment(tx: Executor, input: NewPayment): Promise<Payment> {
  const provider = paymentProvider(input.provider);
  await assertProviderOffered(tx, provider.code);
  const initiated = await provider.initiate(tx);
  const [payment] = await tx
    .insert(payments)
    .values({
      merchantId: input.merchantId,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      provider: provider.code,
      status: initiated.status,
      feeAmount: input.feeAmount,
      depositAmount: input.depositAmount,
      amount: input.feeAmount + input.depositAmount,
      currency: input.currency,
      reference: initiated.reference,
      testMode: provider.testMode,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  if (!payment) throw new Error('payment insert returned nothing');
  return payment;
}
