import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { withTx } from '../../db/client.ts';
import { errorLookup } from '../../errors.ts';
import { foundationErrors } from '../../foundation-errors.ts';
import { merchantIdOf, requireMerchant } from '../../http/session-auth.ts';
import { storeErrors } from '../stores/index.ts';
import {
  archiveProduct,
  bulkChangeProducts,
  publishProduct,
  unpublishProduct,
} from './change-status.ts';
import { productErrors } from './errors.ts';
import { getProduct } from './get-product.ts';
import { listMyProducts } from './list-products.ts';
import {
  BulkInput,
  BulkResult,
  ProductInput,
  ProductList,
  ProductListQuery,
  ProductResource,
} from './product-schemas.ts';
import { createProduct, updateProduct } from './save-product.ts';

const ProductParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

// What the product routes answer besides 400/401/403/404 (their `errors` lists, the API document).
const MOVE_ERRORS = ['product.invalid_transition', 'lifecycle.moved_meanwhile'] as const;
const SAVE_ERRORS = ['product.sku_taken', 'product.archived', 'product.not_publishable'] as const;
const PUBLISH_ERRORS = [
  ...MOVE_ERRORS,
  'product.limit_reached',
  'product.not_publishable',
] as const;

// A bulk action answers each product's refusal in the caller's language.
const bulkErrors = errorLookup({ ...foundationErrors, ...storeErrors, ...productErrors });

/** The merchant's products (SPEC §6): the form's save, the list, and moving a product's status. */
export function merchantProductRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.post(
    '/api/v1/me/products',
    {
      preHandler: merchant,
      config: { errors: ['product.sku_taken'] },
      schema: {
        tags: ['products'],
        summary: 'Create a product (a draft)',
        body: ProductInput,
        response: { 201: ProductResource },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await withTx(db, (tx) =>
          createProduct(tx, {
            merchantId: merchantIdOf(request),
            input: request.body,
            now: deps.clock.now(),
            locale: request.locale,
          }),
        ),
      ),
  );

  app.get(
    '/api/v1/me/products',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'List my products (filter by status, search the title, sort, page by cursor)',
        querystring: ProductListQuery,
        response: { 200: ProductList },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        listMyProducts(tx, { merchantId: merchantIdOf(request), query: request.query }),
      ),
  );

  app.post(
    '/api/v1/me/products/bulk',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'Publish or unpublish several products; the answer says what became of each',
        body: BulkInput,
        response: { 200: BulkResult },
      },
    },
    async (request) =>
      bulkChangeProducts(db, {
        merchantId: merchantIdOf(request),
        input: request.body,
        now: deps.clock.now(),
        locale: request.locale,
        settings: deps.settings,
        errors: bulkErrors,
      }),
  );

  app.get(
    '/api/v1/me/products/:id',
    {
      preHandler: merchant,
      schema: {
        tags: ['products'],
        summary: 'One of my products',
        params: ProductParams,
        response: { 200: ProductResource },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        getProduct(tx, { merchantId: merchantIdOf(request), productId: request.params.id }),
      ),
  );

  app.put(
    '/api/v1/me/products/:id',
    {
      preHandler: merchant,
      config: { errors: [...SAVE_ERRORS, ...MOVE_ERRORS] },
      schema: {
        tags: ['products'],
        summary: 'Save a product (the whole form); a product on sale is checked again',
        params: ProductParams,
        body: ProductInput,
        response: { 200: ProductResource },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        updateProduct(tx, {
          merchantId: merchantIdOf(request),
          productId: request.params.id,
          input: request.body,
          now: deps.clock.now(),
          locale: request.locale,
          settings: deps.settings,
        }),
      ),
  );

  const moves = [
    [
      'publish',
      publishProduct,
      PUBLISH_ERRORS,
      'Publish a product (or send it to review when the checks flag it)',
    ],
    ['unpublish', unpublishProduct, MOVE_ERRORS, 'Take a product off sale'],
    ['archive', archiveProduct, MOVE_ERRORS, 'Archive an unpublished product'],
  ] as const;
  for (const [action, change, errors, summary] of moves) {
    app.post(
      `/api/v1/me/products/:id/${action}`,
      {
        preHandler: merchant,
        config: { errors: [...errors] },
        schema: {
          tags: ['products'],
          summary,
          params: ProductParams,
          response: { 200: ProductResource },
        },
      },
      async (request) =>
        withTx(db, (tx) =>
          change(tx, {
            merchantId: merchantIdOf(request),
            productId: request.params.id,
            now: deps.clock.now(),
            locale: request.locale,
            settings: deps.settings,
          }),
        ),
    );
  }
}
