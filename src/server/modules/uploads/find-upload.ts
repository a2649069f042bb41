import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Upload, uploads } from './schema.ts';

/** A merchant's own upload, or null: someone else's upload is indistinguishable from none. */
export async function findOwnUpload(
  db: Executor,
  ownerMerchantId: string,
  uploadId: string,
): Promise<Upload | null> {
  const [upload] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, uploadId), eq(uploads.ownerMerchantId, ownerMerchantId)));
  return upload ?? null;
}

export async function findUploadsByIds(db: Executor, ids: string[]): Promise<Upload[]> {
  if (ids.length === 0) return [];
  return db.select().from(uploads).where(inArray(uploads.id, ids));
}
