import { createHash, randomBytes } from 'node:crypto';
import type { Storage } from '../../adapters/storage/storage.ts';
import type { Clock } from '../../clock.ts';
import { type Db, withTx } from '../../db/client.ts';
import type { PreparedUpload } from './prepare-upload.ts';
import { VARIANT_CONTENT_TYPE, variantStorageKey } from './product-image-variants.ts';
import { type Upload, type UploadPurpose, uploads } from './schema.ts';

/**
 * Store the prepared bytes (and their resized variants) under a random key, then record them.
 * The files are written first so a row never points at nothing; if writing or recording fails
 * they are removed again.
 */
export async function saveUpload(
  db: Db,
  storage: Storage,
  input: { ownerMerchantId: string; purpose: UploadPurpose; file: PreparedUpload },
  clock: Clock,
): Promise<Upload> {
  const { file } = input;
  const storageKey = `${input.purpose}/${randomBytes(16).toString('hex')}`;
  const variantKeys = (file.variants ?? []).map((variant) =>
    variantStorageKey(storageKey, variant.size),
  );
  const removeFiles = () =>
    Promise.all(
      [storageKey, ...variantKeys].map((key) => storage.delete(key).catch(() => undefined)),
    );
  try {
    await storage.put(storageKey, file.data, { contentType: file.contentType });
    for (const variant of file.variants ?? []) {
      await storage.put(variantStorageKey(storageKey, variant.size), variant.data, {
        contentType: VARIANT_CONTENT_TYPE,
      });
    }
  } catch (error) {
    await removeFiles();
    throw error;
  }
  try {
    return await withTx(db, async (tx) => {
      const [upload] = await tx
        .insert(uploads)
        .values({
          ownerMerchantId: input.ownerMerchantId,
          purpose: input.purpose,
          contentType: file.contentType,
          size: file.data.length,
          width: file.width,
          height: file.height,
          storageKey,
          sha256: createHash('sha256').update(file.data).digest('hex'),
          createdAt: clock.now(),
        })
        .returning();
      if (!upload) throw new Error('upload insert returned nothing');
      return upload;
    });
  } catch (error) {
    await removeFiles();
    throw error;
  }
}
