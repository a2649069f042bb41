import { Type } from '@sinclair/typebox';
import { StorageObjectNotFound } from '../../adapters/storage/storage.ts';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { AppError } from '../../errors.ts';
import { matchesIfNoneMatch } from '../../http/etag.ts';
import { sessionToken } from '../../http/session-auth.ts';
import { resolveSession } from '../sessions/index.ts';
import { findUploadsByIds } from './find-upload.ts';
import { PRODUCT_IMAGE_SIZES, type ProductImageSize } from './product-image-url.ts';
import { VARIANT_CONTENT_TYPE, variantStorageKey } from './product-image-variants.ts';
import { isPublicProductImage } from './public-image-check.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A variant's bytes never change under its URL; a week bounds how long a copy outlives a product
// taken down, and the ETag makes the check after that cheap.
const PUBLIC_CACHE = 'public, max-age=604800';
// The owner's view of an image not public (yet): their browser only, checked again each time.
const OWNER_CACHE = 'private, no-cache';

const isSize = (size: string): size is ProductImageSize =>
  (PRODUCT_IMAGE_SIZES as readonly string[]).includes(size);

/**
 * Product images in their resized variants (productImageUrl makes the URLs): public while the
 * product is published in a visible store, and always to the merchant who uploaded them.
 */
export async function productImageRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;

  /** Whether the request comes from the merchant who owns the upload (a live session). */
  async function isOwner(token: string | undefined, ownerMerchantId: string): Promise<boolean> {
    if (!token) return false;
    const session = await resolveSession(db, 'merchant', token, deps.clock);
    return session?.subjectId === ownerMerchantId;
  }

  app.get(
    '/media/products/:uploadId/:size',
    {
      config: { errors: ['upload.not_found'] },
      schema: {
        tags: ['uploads'],
        summary: `A product image resized (size: ${PRODUCT_IMAGE_SIZES.join(', ')}); public while its product is published`,
        params: Type.Object({
          uploadId: Type.String(),
          size: Type.String({ description: PRODUCT_IMAGE_SIZES.join(' | ') }),
        }),
      },
    },
    async (request, reply) => {
      const uploadId = request.params.uploadId.toLowerCase();
      const { size } = request.params;
      if (!UUID.test(uploadId) || !isSize(size)) throw new AppError('upload.not_found');
      const [upload] = await findUploadsByIds(db, [uploadId]);
      if (upload?.purpose !== 'product') throw new AppError('upload.not_found');
      const isPublic = await isPublicProductImage(db, upload.id);
      if (
        !isPublic &&
        !(await isOwner(sessionToken(request, 'merchant'), upload.ownerMerchantId))
      ) {
        throw new AppError('upload.not_found');
      }
      const etag = `"${upload.sha256.slice(0, 32)}-${size}"`;
      reply
        .header('ETag', etag)
        .header('Cache-Control', isPublic ? PUBLIC_CACHE : OWNER_CACHE)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .header('Cross-Origin-Resource-Policy', isPublic ? 'cross-origin' : 'same-origin');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
      try {
        const stored = await deps.storage.get(variantStorageKey(upload.storageKey, size));
        return reply
          .header('Content-Type', VARIANT_CONTENT_TYPE)
          .header('Content-Length', String(stored.size))
          .send(stored.body);
      } catch (error) {
        if (error instanceof StorageObjectNotFound) throw new AppError('upload.not_found');
        throw error;
      }
    },
  );
}
