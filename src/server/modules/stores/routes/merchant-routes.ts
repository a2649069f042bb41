import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { PageBefore, PageLimit } from '../../../http/paging.ts';
import { merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { DepositViewSchema, depositView } from '../deposit-view.ts';
import { type CONDITION_KEYS, checkEligibility } from '../eligibility.ts';
import { requireStoreOfMerchant } from '../find-store.ts';
import { MyStoreSchema, myStoreView } from '../my-store-view.ts';
import { requireStoreType } from '../offerings/find-offering-rows.ts';
import { purchasePackage } from '../purchase/purchase-package.ts';
import { PurchaseViewSchema, purchaseView } from '../purchase/purchase-view.ts';
import { renewStore } from '../purchase/renew-store.ts';

const Provider = Type.Union([Type.Literal('sandbox'), Type.Literal('offline')]);
const EligibilitySchema = Type.Object({
  eligible: Type.Boolean(),
  conditions: Type.Array(
    Type.Object({
      key: Type.Union([
        Type.Literal('account_type'),
        Type.Literal('identity_verified'),
        Type.Literal('email_verified'),
        Type.Literal('phone_verified'),
        Type.Literal('real_name'),
        Type.Literal('trademark_certificate'),
      ]) satisfies { static: (typeof CONDITION_KEYS)[number] },
      met: Type.Boolean(),
      action: Type.String({ description: 'Seller-center path where the merchant fixes it' }),
      label: Type.String(),
    }),
  ),
});
// What buying answers besides 400/401/403/404, for the routes' `errors` lists (the API document):
// the way to pay chosen may not be offered (an admin turned bank transfer off).
const PAYING_ERRORS = ['payment.offline_unavailable'] as const;

export const StatementPage = Type.Object({
  limit: PageLimit(),
  before: PageBefore,
});

/** The merchant's side of opening a store: eligibility, purchase, renewal, the store, deposit. */
export function merchantStoreRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.get(
    '/api/v1/me/store/eligibility',
    {
      preHandler: merchant,
      schema: {
        tags: ['stores'],
        summary:
          'Whether you can open a store (of a given type), with every condition and where to fix it',
        querystring: Type.Object({
          storeTypeId: Type.Optional(Type.String({ format: 'uuid' })),
          trademarkUploadId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: { 200: EligibilitySchema },
      },
    },
    async (request) => {
      const { storeTypeId, trademarkUploadId } = request.query;
      const storeType = storeTypeId ? await requireStoreType(db, storeTypeId) : null;
      if (storeType && !storeType.active) throw new AppError('store.type_not_found');
      return checkEligibility(db, merchantIdOf(request), {
        storeType,
        trademarkUploadId: trademarkUploadId ?? null,
        locale: request.locale,
      });
    },
  );

  app.post(
    '/api/v1/me/store/purchase',
    {
      preHandler: merchant,
      config: { errors: [...PAYING_ERRORS, 'store.already_exists'] },
      schema: {
        tags: ['stores'],
        summary: 'Buy a store: type and package; answers what is due and how to pay it',
        body: Type.Object({
          storeTypeId: Type.String({ format: 'uuid' }),
          packageId: Type.String({ format: 'uuid' }),
          provider: Provider,
          trademarkUploadId: Type.Optional(
            Type.String({
              format: 'uuid',
              description:
                'Flagship stores: your trademark certificate (an upload with purpose kyc)',
            }),
          ),
        }),
        response: { 201: PurchaseViewSchema },
      },
    },
    async (request, reply) => {
      const view = await withTx(db, async (tx) => {
        const { store, purchase, payment } = await purchasePackage(tx, {
          merchantId: merchantIdOf(request),
          ...request.body,
          trademarkUploadId: request.body.trademarkUploadId ?? null,
          now: deps.clock.now(),
          locale: request.locale,
        });
        return purchaseView(tx, store, purchase, payment);
      });
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/api/v1/me/store/renew',
    {
      preHandler: merchant,
      config: { errors: [...PAYING_ERRORS, 'store.not_renewable'] },
      schema: {
        tags: ['stores'],
        summary: 'Renew the store for another year (fee, plus any deposit shortfall)',
        body: Type.Object({ provider: Provider }),
        response: { 201: PurchaseViewSchema },
      },
    },
    async (request, reply) => {
      const view = await withTx(db, async (tx) => {
        const { store, purchase, payment } = await renewStore(tx, {
          merchantId: merchantIdOf(request),
          provider: request.body.provider,
          now: deps.clock.now(),
        });
        return purchaseView(tx, store, purchase, payment);
      });
      return reply.code(201).send(view);
    },
  );

  app.get(
    '/api/v1/me/store',
    {
      preHandler: merchant,
      schema: {
        tags: ['stores'],
        summary: 'Your store: status, service end, package, design (draft and published), payment',
        response: { 200: MyStoreSchema },
      },
    },
    async (request) => {
      const store = await requireStoreOfMerchant(db, merchantIdOf(request));
      return myStoreView(db, store, { locale: request.locale, publicUrl: deps.config.publicUrl });
    },
  );

  app.get(
    '/api/v1/me/deposit',
    {
      preHandler: merchant,
      schema: {
        tags: ['stores'],
        summary: 'Your deposit: balance, the amount your store requires, and the statement',
        querystring: StatementPage,
        response: { 200: DepositViewSchema },
      },
    },
    async (request) => depositView(db, merchantIdOf(request), request.query),
  );
}
