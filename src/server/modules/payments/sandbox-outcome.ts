import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { applyPaymentFailed } from './apply-payment-failed.ts';
import { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
import { requirePayment } from './find-payment.ts';
import { paymentSubject } from './subjects.ts';

export type SandboxOutcome = 'succeed' | 'fail';

/**
 * Whoever pays plays the bank in the sandbox: their own test payment succeeds or fails. A
 * merchant is known by their session; a guest buyer by the key of what they pay for (an order's
 * private key), which the payment's subject checks.
 */
export async function settleSandboxPayment(
  tx: Tx,
  input: {
    paymentId: string;
    payer: { merchantId: string } | { key: string };
    outcome: SandboxOutcome;
    now: Date;
  },
): Promise<Settlement> {
  const { payer } = input;
  const payment = await requirePayment(
    tx,
    input.paymentId,
    'merchantId' in payer ? { merchantId: payer.merchantId } : {},
  );
  // Someone else's payment, or a key that does not open it, is answered as one that does not exist.
  if ('key' in payer) {
    const opens = paymentSubject(payment.subjectType).opensWithKey;
    if (payment.payerKind !== 'guest' || !opens || !(await opens(tx, payment, payer.key))) {
      throw new AppError('payment.not_found');
    }
  }
  if (payment.provider !== 'sandbox') {
    throw new AppError('payment.wrong_provider', undefined, { provider: 'sandbox' });
  }
  const key = `sandbox:${payment.id}:${input.outcome}`;
  return input.outcome === 'succeed'
    ? applyPaymentSucceeded(tx, payment.id, key, {
        now: input.now,
        payload: { outcome: 'succeed' },
      })
    : applyPaymentFailed(tx, payment.id, key, {
        now: input.now,
        code: 'sandbox_declined',
        payload: { outcome: 'fail' },
      });
}
