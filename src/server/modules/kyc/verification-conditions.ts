import { and, type Column, desc, eq, exists, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { kycSubmissions } from './schema.ts';
import type { KycStatus } from './status.ts';

// What other modules may ask of a merchant's verification inside their own queries: conditions
// on a merchant id column, each an EXISTS that PostgreSQL answers from an index, never a list of
// ids (a list grows with the number of merchants; past 65,535 it is refused outright).

const query = new QueryBuilder();
// Aliased, so that a condition on kyc_submissions' own merchant id still refers to the outer row.
const approvedCase = alias(kycSubmissions, 'approved_case');
const anyCase = alias(kycSubmissions, 'any_case');

/** An approved identity stands for the merchant (the verified badge). */
export function hasApprovedIdentity(merchantId: Column | SQL): SQL {
  return exists(
    query
      .select({ one: sql`1` })
      .from(approvedCase)
      .where(
        and(
          eq(approvedCase.merchantId, merchantId),
          eq(approvedCase.status, 'approved'),
          isNull(approvedCase.supersededAt),
        ),
      ),
  );
}

/** The merchant has a case in this status, or any case at all when no status is given. */
export function hasVerificationCase(merchantId: Column | SQL, status?: KycStatus): SQL {
  return exists(
    query
      .select({ one: sql`1` })
      .from(anyCase)
      .where(
        and(eq(anyCase.merchantId, merchantId), status ? eq(anyCase.status, status) : undefined),
      ),
  );
}

export interface VerificationState {
  /** The newest case's status; none when the merchant never submitted one. */
  status: KycStatus | 'none';
  verified: boolean;
}

/** The verification state of a page of merchants, in one query, by merchant id. */
export async function verificationStatesOf(
  db: Executor,
  merchantIds: readonly string[],
): Promise<Map<string, VerificationState>> {
  const states = new Map<string, VerificationState>(
    merchantIds.map((id) => [id, { status: 'none', verified: false }]),
  );
  if (merchantIds.length === 0) return states;
  const rows = await db
    .selectDistinctOn([kycSubmissions.merchantId], {
      merchantId: kycSubmissions.merchantId,
      status: kycSubmissions.status,
      verified: sql<boolean>`${hasApprovedIdentity(kycSubmissions.merchantId)}`,
    })
    .from(kycSubmissions)
    .where(inArray(kycSubmissions.merchantId, [...merchantIds]))
    .orderBy(kycSubmissions.merchantId, desc(kycSubmissions.caseNumber));
  for (const row of rows)
    states.set(row.merchantId, { status: row.status, verified: row.verified });
  return states;
}
