import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { findUploadsByIds } from '../uploads/index.ts';
import { type FieldIssue, invalidDocuments } from './field-messages.ts';
import type { SubmittedDocument } from './validate-submission.ts';

/**
 * Each document must be one of the merchant's own uploads made for verification; someone else's
 * upload id is reported exactly like one that does not exist. Only a licence may be a PDF.
 */
export async function assertOwnKycDocuments(
  db: Executor,
  merchantId: string,
  documents: SubmittedDocument[],
  locale: Locale,
): Promise<void> {
  const uploads = new Map(
    (
      await findUploadsByIds(
        db,
        documents.map((document) => document.uploadId),
      )
    ).map((upload) => [upload.id, upload]),
  );
  const issues: FieldIssue[] = [];
  for (const document of documents) {
    const field = `documents.${document.type}`;
    const upload = uploads.get(document.uploadId);
    if (!upload || upload.ownerMerchantId !== merchantId) issues.push({ field, rule: 'not_found' });
    else if (upload.purpose !== 'kyc') issues.push({ field, rule: 'wrong_purpose' });
    else if (upload.contentType === 'application/pdf' && document.type !== 'business_license') {
      issues.push({ field, rule: 'pdf_not_allowed' });
    }
  }
  if (issues.length > 0) throw invalidDocuments(issues, locale);
}
