import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { operatorOf, requireOperator } from '../../operators/index.ts';
import { requirePayment } from '../find-payment.ts';
import {
  AdminPaymentViewSchema,
  adminPaymentView,
  RefundViewSchema,
  refundView,
} from '../payment-view.ts';
import { refundPayment } from '../refund-payment.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const RefundAnswer = Type.Object({ refund: RefundViewSchema, payment: AdminPaymentViewSchema });

/** One payment in the finance console, and the refunds finance gives back from it. */
export function refundRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/v1/admin/payments/:id',
    {
      preHandler: requireOperator(deps, 'finance', 'admin'),
      schema: {
        tags: ['payments'],
        summary: 'One payment with its lines, its refunds and what they gave back in all',
        params: IdParams,
        response: { 200: AdminPaymentViewSchema },
      },
    },
    async (request) => adminPaymentView(db, await requirePayment(db, request.params.id)),
  );

  app.post(
    '/api/v1/admin/payments/:id/refunds',
    {
      preHandler: requireOperator(deps, 'finance'),
      // The ledger refuses to take a deposit below zero: what penalties took is not refunded.
      config: {
        errors: [
          'payment.not_refundable',
          'payment.refund_currency',
          'payment.refund_exceeds_paid',
          'payment.refund_key_reused',
          'ledger.insufficient_funds',
        ],
      },
      schema: {
        tags: ['payments'],
        summary:
          'Finance: refund part or all of a succeeded payment (payment.refund_exceeds_paid past what is left). The same idempotencyKey is the same refund: 201 the first time, 200 with that refund after. A bank transfer is refunded by sending it back first: give that transfer’s bankReference',
        params: IdParams,
        body: Type.Object({
          amount: Type.Object({
            amount: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
            currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
          }),
          reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
          idempotencyKey: Type.Optional(
            Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' }),
          ),
          bankReference: Type.Optional(
            Type.Union([Type.Null(), Type.String({ maxLength: 100, pattern: '\\S' })]),
          ),
        }),
        response: { 200: RefundAnswer, 201: RefundAnswer },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const outcome = await withTx(db, async (tx) => {
        const payment = await requirePayment(tx, request.params.id);
        return refundPayment(tx, {
          paymentId: payment.id,
          amount: {
            amount: body.amount.amount,
            currency: body.amount.currency ?? payment.currency,
          },
          reason: body.reason.trim(),
          idempotencyKey: body.idempotencyKey ?? null,
          bankReference: body.bankReference?.trim() || null,
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
          locale: request.locale,
        });
      });
      return reply.code(outcome.created ? 201 : 200).send({
        refund: refundView(outcome.refund),
        payment: await adminPaymentView(db, outcome.payment),
      });
    },
  );
}
