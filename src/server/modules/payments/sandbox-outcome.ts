import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { applyPaymentFailed } from './apply-payment-failed.ts';
import { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
import { requirePayment } from './find-payment.ts';

export type SandboxOutcome = 'succeed' | 'fail';

/** The merchant plays the bank in the sandbox: their own test payment succeeds or fails. */
export async function settleSandboxPayment(
  tx: Tx,
  input: { paymentId: string; merchantId: string; outcome: SandboxOutcome; now: Date },
): Promise<Settlement> {
  const payment = await requirePayment(tx, input.paymentId, { merchantId: input.merchantId });
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
