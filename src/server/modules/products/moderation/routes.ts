import { Type } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { PageLimit, PageOffset } from '../../../http/paging.ts';
import { stringEnum } from '../../../lib/string-enum.ts';
import { operatorOf, requireOperator } from '../../operators/index.ts';
import { findUploadsByIds, sendStoredFile } from '../../uploads/index.ts';
import { products } from '../schema.ts';
import { ModerationCaseView, moderationCaseView } from './admin-view.ts';
import { listBannedWords } from './banned-words.ts';
import { decideProduct } from './decide.ts';
import { MODERATION_FLAG_KINDS } from './flags.ts';
import { listModeration, ModerationQueuePage, QUEUE_STATUSES } from './list-moderation.ts';
import { MODERATION_DECISIONS, REASON_MAX_LENGTH } from './queue.ts';
import {
  BANNED_WORD_MAX_LENGTH,
  BANNED_WORDS_MAX,
  replaceBannedWords,
} from './replace-banned-words.ts';

const ProductParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const BannedWords = Type.Object({
  words: Type.Array(Type.String({ maxLength: BANNED_WORD_MAX_LENGTH }), {
    maxItems: BANNED_WORDS_MAX,
  }),
});

/** The operators' side of products (SPEC §6, §9): banned words, the moderation queue, decisions. */
export function moderationRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const reviewer = requireOperator(deps, 'reviewer');
  const admin = requireOperator(deps, 'admin');

  const findProduct = async (id: string) => {
    const [product] = await db.select().from(products).where(eq(products.id, id));
    if (!product) throw new AppError('product.not_found');
    return product;
  };

  app.get(
    '/api/v1/admin/banned-words',
    {
      preValidation: admin,
      schema: {
        tags: ['moderation'],
        summary: 'The banned words the automatic checks look for, in the operator’s order',
        response: { 200: BannedWords },
      },
    },
    async () => ({ words: await listBannedWords(db) }),
  );

  app.put(
    '/api/v1/admin/banned-words',
    {
      preValidation: admin,
      schema: {
        tags: ['moderation'],
        summary:
          'Replace the banned words (blank entries dropped, each word once whatever its case or width; audited)',
        body: BannedWords,
        response: { 200: BannedWords },
      },
    },
    async (request) => ({
      words: await withTx(db, (tx) =>
        replaceBannedWords(tx, {
          words: request.body.words,
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
        }),
      ),
    }),
  );

  app.get(
    '/api/v1/admin/products',
    {
      preValidation: reviewer,
      schema: {
        tags: ['moderation'],
        summary:
          'The moderation queue (pending_review oldest first; decided tabs newest first) with the count in each tab; without a status, every product by title, SKU or id',
        querystring: Type.Object({
          status: Type.Optional(stringEnum(QUEUE_STATUSES)),
          flag: Type.Optional(stringEnum(MODERATION_FLAG_KINDS)),
          q: Type.Optional(Type.String({ maxLength: 100 })),
          limit: PageLimit(),
          offset: PageOffset,
        }),
        response: { 200: ModerationQueuePage },
      },
    },
    async (request) => listModeration(db, request.query),
  );

  app.get(
    '/api/v1/admin/products/:id',
    {
      preValidation: reviewer,
      schema: {
        tags: ['moderation'],
        summary:
          'One product to review: what is decided on, its flags, what changed since the last review, and the decisions so far',
        params: ProductParams,
        response: { 200: ModerationCaseView },
      },
    },
    async (request) => moderationCaseView(db, await findProduct(request.params.id), request.locale),
  );

  app.get(
    '/api/v1/admin/products/:id/images/:uploadId',
    {
      preValidation: reviewer,
      config: { errors: ['upload.not_found'] },
      schema: {
        tags: ['moderation'],
        summary:
          "An image of a product under review (its merchant's product upload), public or not; never cached",
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          uploadId: Type.String({ format: 'uuid' }),
        }),
      },
    },
    async (request, reply) => {
      const product = await findProduct(request.params.id);
      const [upload] = await findUploadsByIds(db, [request.params.uploadId]);
      if (upload?.purpose !== 'product' || upload.ownerMerchantId !== product.merchantId) {
        throw new AppError('upload.not_found');
      }
      return sendStoredFile(reply, deps.storage, upload, `product-${upload.id}`);
    },
  );

  app.post(
    '/api/v1/admin/products/:id/decision',
    {
      preValidation: reviewer,
      config: {
        errors: [
          'moderation.not_pending',
          'moderation.not_published',
          'moderation.already_decided',
        ],
      },
      schema: {
        tags: ['moderation'],
        summary:
          'Approve (publish), reject or take down a product; the reason (required to reject or take down) is what the merchant reads',
        params: ProductParams,
        body: Type.Object({
          decision: stringEnum(MODERATION_DECISIONS),
          reason: Type.Optional(
            Type.Union([Type.Null(), Type.String({ maxLength: REASON_MAX_LENGTH })]),
          ),
        }),
        response: { 200: ModerationCaseView },
      },
    },
    async (request) =>
      withTx(db, async (tx) => {
        await decideProduct(tx, {
          productId: request.params.id,
          decision: request.body.decision,
          reason: request.body.reason ?? null,
          operatorId: operatorOf(request).id,
          ip: request.ip,
          now: deps.clock.now(),
          locale: request.locale,
        });
        const [product] = await tx
          .select()
          .from(products)
          .where(eq(products.id, request.params.id));
        if (!product) throw new AppError('product.not_found');
        return moderationCaseView(tx, product, request.locale);
      }),
  );
}
