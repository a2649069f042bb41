import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { merchantContacts as merchants } from '../accounts/index.ts';
import { verificationQueue } from './review-queue.ts';
import { type KycKind, kycSubmissions } from './schema.ts';
import type { KycStatus } from './status.ts';

export interface VerificationQueueFilter {
  status?: KycStatus | undefined;
  kind?: KycKind | undefined;
  /** Part of the name, ID or registration number, or the merchant's e-mail or phone. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The reviewers' queue, from the review-case kernel: pending cases oldest first (first in, first
 * reviewed), any other listing newest first, with the count of cases in each status.
 */
export async function listVerifications(db: Executor, filter: VerificationQueueFilter) {
  const { status, ...rest } = filter;
  // A draft was never submitted, so no case of the queue is one: nothing to list, counts as ever.
  const page =
    status === 'draft'
      ? { ...(await verificationQueue.list(db, { ...rest, limit: 0 })), items: [], total: 0 }
      : await verificationQueue.list(db, { ...rest, status });
  const ids = page.items.map((item) => item.subjectId);
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            submission: kycSubmissions,
            merchant: {
              id: merchants.id,
              accountType: merchants.accountType,
              email: merchants.email,
              phone: merchants.phone,
            },
          })
          .from(kycSubmissions)
          .innerJoin(merchants, eq(merchants.id, kycSubmissions.merchantId))
          .where(inArray(kycSubmissions.id, ids));
  const byId = new Map(rows.map((row) => [row.submission.id, row]));
  return {
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const { submission, merchant } = row;
      return [
        {
          id: submission.id,
          kind: submission.kind,
          status: submission.status,
          subjectName: submission.subjectName,
          documentNumber: submission.documentNumber,
          merchant,
          submittedAt: submission.submittedAt.toISOString(),
          decidedAt: submission.decidedAt?.toISOString() ?? null,
        },
      ];
    }),
    total: page.total,
    counts: page.counts,
  };
}
