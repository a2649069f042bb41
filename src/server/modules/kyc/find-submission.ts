import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inDocumentOrder, type KycSubmission, kycDocuments, kycSubmissions } from './schema.ts';
import type { SubmittedDocument } from './validate-submission.ts';

/** The merchant's newest case, locked when the caller is about to change it. */
export async function latestSubmission(
  db: Executor,
  merchantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<KycSubmission | null> {
  const query = db
    .select()
    .from(kycSubmissions)
    .where(eq(kycSubmissions.merchantId, merchantId))
    .orderBy(desc(kycSubmissions.caseNumber))
    .limit(1);
  const [submission] = options.forUpdate ? await query.for('update') : await query;
  return submission ?? null;
}

export async function findSubmission(
  db: Executor,
  submissionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<KycSubmission | null> {
  const query = db.select().from(kycSubmissions).where(eq(kycSubmissions.id, submissionId));
  const [submission] = options.forUpdate ? await query.for('update') : await query;
  return submission ?? null;
}

export async function submissionDocuments(
  db: Executor,
  submissionId: string,
): Promise<SubmittedDocument[]> {
  const documents = await db
    .select({ type: kycDocuments.type, uploadId: kycDocuments.uploadId })
    .from(kycDocuments)
    .where(eq(kycDocuments.submissionId, submissionId));
  return inDocumentOrder(documents);
}
