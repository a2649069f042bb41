import { and, asc, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { merchantContacts as merchants } from '../accounts/index.ts';
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
 * The reviewers' queue. Pending cases come oldest first (first in, first reviewed); any other
 * listing newest first.
 */
export async function listVerifications(db: Executor, filter: VerificationQueueFilter) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(kycSubmissions.status, filter.status));
  if (filter.kind) conditions.push(eq(kycSubmissions.kind, filter.kind));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const matches = or(
      ilike(kycSubmissions.subjectName, pattern),
      ilike(kycSubmissions.documentNumber, pattern),
      ilike(merchants.email, pattern),
      ilike(merchants.phone, pattern),
    );
    if (matches) conditions.push(matches);
  }
  const where = and(...conditions);
  const order =
    filter.status === 'pending'
      ? [asc(kycSubmissions.submittedAt), asc(kycSubmissions.id)]
      : [desc(kycSubmissions.submittedAt), desc(kycSubmissions.id)];

  const rows = await db
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
    .where(where)
    .orderBy(...order)
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db
    .select({ value: count() })
    .from(kycSubmissions)
    .innerJoin(merchants, eq(merchants.id, kycSubmissions.merchantId))
    .where(where);
  return {
    items: rows.map(({ submission, merchant }) => ({
      id: submission.id,
      kind: submission.kind,
      status: submission.status,
      subjectName: submission.subjectName,
      documentNumber: submission.documentNumber,
      merchant,
      submittedAt: submission.submittedAt.toISOString(),
      decidedAt: submission.decidedAt?.toISOString() ?? null,
    })),
    total: total?.value ?? 0,
  };
}
