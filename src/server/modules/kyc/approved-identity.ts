import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type KycKind, type KycSubmission, kycSubmissions } from './schema.ts';

export type ApprovedIdentity =
  | { verified: true; name: string; kind: KycKind; approvedAt: Date }
  | { verified: false; name: null; kind: null; approvedAt: null };

/** The approved case not yet superseded: the verified identity (it stands while a change is reviewed). */
export async function currentApprovedSubmission(
  db: Executor,
  merchantId: string,
): Promise<KycSubmission | null> {
  const [submission] = await db
    .select()
    .from(kycSubmissions)
    .where(
      and(
        eq(kycSubmissions.merchantId, merchantId),
        eq(kycSubmissions.status, 'approved'),
        isNull(kycSubmissions.supersededAt),
      ),
    );
  return submission ?? null;
}

/**
 * Whether a merchant is verified, and as whom: the verified badge, and the name the real-name
 * rule of SPEC §1 compares against (legal name, or company name for an enterprise).
 */
export async function approvedIdentity(
  db: Executor,
  merchantId: string,
): Promise<ApprovedIdentity> {
  const approved = await currentApprovedSubmission(db, merchantId);
  if (!approved?.decidedAt) return { verified: false, name: null, kind: null, approvedAt: null };
  return {
    verified: true,
    name: approved.subjectName,
    kind: approved.kind,
    approvedAt: approved.decidedAt,
  };
}
