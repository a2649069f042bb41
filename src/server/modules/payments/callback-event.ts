import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Db, Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { applyPaymentFailed } from './apply-payment-failed.ts';
import { applyPaymentSucceeded, type Settlement } from './apply-payment-succeeded.ts';
import { assertExactAmount } from './exact-amount.ts';
import { requirePayment } from './find-payment.ts';
import { type PaymentProvider, paymentProvider } from './providers/index.ts';
import { callbackSecret } from './settings.ts';

/** What a provider posts to /api/v1/payments/callbacks/{provider}, signed over the raw body. */
export const CallbackEvent = Type.Object({
  /** The provider's event id: the same event delivered again is recognised by it. */
  id: Type.String({ minLength: 1, maxLength: 200 }),
  type: Type.Union([Type.Literal('payment.succeeded'), Type.Literal('payment.failed')]),
  // No format: TypeBox's Value.Check knows no formats; the id is checked against UUID below.
  paymentId: Type.String({ maxLength: 36 }),
  /** Required for payment.succeeded: what the provider actually collected. */
  amount: Type.Optional(
    Type.Object({ amount: Type.Integer({ minimum: 0 }), currency: Type.String() }),
  ),
  reason: Type.Optional(Type.String({ maxLength: 500 })),
});
export type CallbackEvent = Static<typeof CallbackEvent>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Check a callback's signature against the provider's secret, then read it. Runs outside the
 * settling transaction: the secret, made on first use, must be kept even if the callback fails.
 */
export async function verifyCallback(
  db: Db,
  providerCode: string,
  rawBody: string,
  signature: string | undefined,
): Promise<{ provider: PaymentProvider; event: CallbackEvent }> {
  const provider = paymentProvider(providerCode);
  const secret = await callbackSecret(db, provider.code);
  if (!provider.verifyCallback(rawBody, signature, secret)) {
    throw new AppError('payment.bad_signature');
  }
  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    throw new AppError('payment.bad_callback', undefined, { reason: 'not JSON' });
  }
  if (!Value.Check(CallbackEvent, event) || !UUID.test(event.paymentId)) {
    throw new AppError('payment.bad_callback', undefined, {
      reason: 'expected { id, type, paymentId, amount? }',
    });
  }
  return { provider, event };
}

/** A verified event settles its payment, once per event id. */
export async function applyCallbackEvent(
  tx: Tx,
  provider: PaymentProvider,
  event: CallbackEvent,
  context: { now: Date; locale: Locale },
): Promise<Settlement> {
  const payment = await requirePayment(tx, event.paymentId);
  if (payment.provider !== provider.code) {
    throw new AppError('payment.wrong_provider', undefined, { provider: payment.provider });
  }
  const key = `${provider.code}:event:${event.id}`;
  const payload = { ...event };
  if (event.type === 'payment.failed') {
    return applyPaymentFailed(tx, payment.id, key, {
      now: context.now,
      code: 'provider_failed',
      reason: event.reason ?? null,
      payload,
    });
  }
  if (!event.amount) {
    throw new AppError('payment.bad_callback', undefined, { reason: 'amount is required' });
  }
  assertExactAmount(payment, event.amount, context.locale);
  return applyPaymentSucceeded(tx, payment.id, key, { now: context.now, payload });
}
