import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { PageLimit, PageOffset } from '../../../http/paging.ts';
import { stringEnum } from '../../../lib/string-enum.ts';
import { operatorOf, requireOperator } from '../../operators/index.ts';
import { confirmOfflinePayment } from '../confirm-offline-payment.ts';
import { listPayments } from '../list-payments.ts';
import { offeredProviders } from '../offered-providers.ts';
import { AdminPaymentViewSchema, adminPaymentView } from '../payment-view.ts';
import { rejectOfflinePayment } from '../reject-offline-payment.ts';
import { PROVIDER_CODES } from '../schema.ts';
import { bankAccount, callbackSecret, sandboxEnabled } from '../settings.ts';
import { SIGNATURE_HEADER } from '../signature.ts';
import { REJECTION_NOTE_MAX_LENGTH, TRANSFER_REJECTION_REASONS } from '../transfer-rejections.ts';
import { updatePaymentSettings } from '../update-payment-settings.ts';
import { AMOUNT_ERRORS, SETTLE_ERRORS, SUCCEED_ERRORS } from './declared-errors.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Money = Type.Object({
  amount: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});
const BankAccountSchema = Type.Object({
  accountName: Type.String({ minLength: 1, maxLength: 200 }),
  bankName: Type.String({ minLength: 1, maxLength: 200 }),
  accountNumber: Type.String({ minLength: 1, maxLength: 64 }),
  // Null first: with type coercion a null would otherwise be read as the empty string.
  swift: Type.Union([Type.Null(), Type.String({ maxLength: 11 })]),
});

/** The finance console: the transfers queue, confirmations, and the payment settings. */
export function adminPaymentRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;

  app.get(
    '/api/v1/admin/payments',
    {
      preHandler: requireOperator(deps, 'finance', 'admin'),
      schema: {
        tags: ['payments'],
        summary: 'Payments; status=awaiting_confirmation is the queue of bank transfers to confirm',
        querystring: Type.Object({
          status: Type.Optional(
            Type.Union([
              Type.Literal('pending'),
              Type.Literal('awaiting_confirmation'),
              Type.Literal('succeeded'),
              Type.Literal('failed'),
              Type.Literal('cancelled'),
            ]),
          ),
          provider: Type.Optional(Type.Union([Type.Literal('sandbox'), Type.Literal('offline')])),
          merchantId: Type.Optional(Type.String({ format: 'uuid' })),
          limit: PageLimit(),
          offset: PageOffset,
        }),
        response: {
          200: Type.Object({ items: Type.Array(AdminPaymentViewSchema), total: Type.Integer() }),
        },
      },
    },
    async (request) => listPayments(db, request.query),
  );

  app.post(
    '/api/v1/admin/payments/:id/confirm',
    {
      preHandler: requireOperator(deps, 'finance'),
      config: { errors: [...SUCCEED_ERRORS, ...AMOUNT_ERRORS] },
      schema: {
        tags: ['payments'],
        summary:
          'Finance: confirm that a bank transfer arrived. Only the exact amount due is accepted (payment.amount_mismatch otherwise)',
        params: IdParams,
        body: Type.Object({
          amountReceived: Money,
          bankReference: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
        }),
        response: { 200: AdminPaymentViewSchema },
      },
    },
    async (request) => {
      const settlement = await withTx(db, (tx) =>
        confirmOfflinePayment(tx, {
          paymentId: request.params.id,
          amountReceived: request.body.amountReceived,
          bankReference: request.body.bankReference.trim(),
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
          locale: request.locale,
        }),
      );
      return adminPaymentView(db, settlement.payment);
    },
  );

  app.post(
    '/api/v1/admin/payments/:id/reject',
    {
      preHandler: requireOperator(deps, 'finance'),
      config: { errors: SETTLE_ERRORS },
      schema: {
        tags: ['payments'],
        summary:
          'Finance: reject a bank transfer (wrong payer, never arrived, wrong amount, or a reason written in the note). The payment fails; the merchant is e-mailed the reason and can pay again',
        params: IdParams,
        body: Type.Object({
          reason: stringEnum(TRANSFER_REJECTION_REASONS),
          note: Type.Optional(
            Type.Union([Type.Null(), Type.String({ maxLength: REJECTION_NOTE_MAX_LENGTH })]),
          ),
        }),
        response: { 200: AdminPaymentViewSchema },
      },
    },
    async (request) => {
      const settlement = await withTx(db, (tx) =>
        rejectOfflinePayment(tx, {
          paymentId: request.params.id,
          reason: request.body.reason,
          note: request.body.note ?? null,
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
        }),
      );
      return adminPaymentView(db, settlement.payment);
    },
  );

  const SettingsView = Type.Object({
    /** Null until an admin enters the account: bank transfer is not offered until then. */
    bankAccount: Type.Union([BankAccountSchema, Type.Null()]),
    sandboxEnabled: Type.Boolean(),
    /** The ways merchants can pay now. */
    offeredProviders: Type.Array(stringEnum(PROVIDER_CODES)),
    callbacks: Type.Object({
      signatureHeader: Type.String(),
      urls: Type.Record(Type.String(), Type.String()),
      secrets: Type.Record(Type.String(), Type.String()),
    }),
  });
  const settingsView = async () => ({
    bankAccount: await bankAccount(db),
    sandboxEnabled: await sandboxEnabled(db),
    offeredProviders: await offeredProviders(db),
    callbacks: {
      signatureHeader: SIGNATURE_HEADER,
      urls: Object.fromEntries(
        PROVIDER_CODES.map((code) => [
          code,
          `${deps.config.publicUrl}/api/v1/payments/callbacks/${code}`,
        ]),
      ),
      secrets: Object.fromEntries(
        await Promise.all(
          PROVIDER_CODES.map(async (code) => [code, await callbackSecret(db, code)]),
        ),
      ),
    },
  });

  app.get(
    '/api/v1/admin/payment-settings',
    {
      preHandler: requireOperator(deps, 'admin'),
      schema: {
        tags: ['payments'],
        summary: 'Bank account for transfers, sandbox switch, callback URLs and signing secrets',
        response: { 200: SettingsView },
      },
    },
    settingsView,
  );

  app.put(
    '/api/v1/admin/payment-settings',
    {
      preHandler: requireOperator(deps, 'admin'),
      schema: {
        tags: ['payments'],
        summary: 'Change the bank account for transfers or switch the sandbox on or off',
        body: Type.Object({
          bankAccount: Type.Optional(BankAccountSchema),
          sandboxEnabled: Type.Optional(Type.Boolean()),
        }),
        response: { 200: SettingsView },
      },
    },
    async (request) => {
      await withTx(db, (tx) =>
        updatePaymentSettings(tx, request.body, {
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
        }),
      );
      return settingsView();
    },
  );
}
