import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { findUploadsByIds, type Upload } from '../uploads/index.ts';
import { verificationQueue } from './review-queue.ts';
import { kycDocuments } from './schema.ts';

/**
 * An upload that belongs to a case: one of its current documents, or one it carried when an
 * earlier version was reviewed (reviewers compare versions). Any other upload id is not found.
 */
export async function findCaseDocument(
  db: Executor,
  submissionId: string,
  uploadId: string,
): Promise<{ upload: Upload; type: string } | null> {
  const [current] = await db
    .select({ type: kycDocuments.type })
    .from(kycDocuments)
    .where(and(eq(kycDocuments.submissionId, submissionId), eq(kycDocuments.uploadId, uploadId)));
  let type: string | undefined = current?.type;
  if (!type) {
    const earlier = (await verificationQueue.decidedSnapshotContaining(db, submissionId, {
      documents: [{ uploadId }],
    })) as { documents: { type: string; uploadId: string }[] } | null;
    type = earlier?.documents.find((document) => document.uploadId === uploadId)?.type;
  }
  if (!type) return null;
  const [upload] = await findUploadsByIds(db, [uploadId]);
  return upload ? { upload, type } : null;
}
