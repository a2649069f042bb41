import { createHash, randomBytes } from 'node:crypto';
import type { Storage } from '../../adapters/storage/storage.ts';
import type { Clock } from '../../clock.ts';
import { type Db, withTx } from '../../db/client.ts';
import type { PreparedUpload } from './prepare-upload.ts';
import { type Upload, type UploadPurpose, uploads } from './schema.ts';

/**
 * Store the prepared bytes under a random key, then record them. The file is written first so a
 * row never points at nothing; if recording fails the file is removed again.
 */
export async function saveUpload(
  db: Db,
  storage: Storage,
  input: { ownerMerchantId: string; purpose: UploadPurpose; file: PreparedUpload },
  clock: Clock,
): Promise<Upload> {
  const { file } = input;
  const storageKey = `${input.purpose}/${randomBytes(16).toString('hex')}`;
  await storage.put(storageKey, file.data, { contentType: file.contentType });
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
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
