import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { operatorNames as operators } from '../operators/index.ts';
import { type KycKind, kycReviews } from './schema.ts';
import { reasonViews } from './verification-view.ts';

/** Every decision on a case, oldest first, with who made it. */
export async function reviewHistory(
  db: Executor,
  submissionId: string,
  kind: KycKind,
  locale: Locale,
) {
  const rows = await db
    .select({
      review: kycReviews,
      operator: { id: operators.id, email: operators.email, name: operators.name },
    })
    .from(kycReviews)
    .innerJoin(operators, eq(operators.id, kycReviews.operatorId))
    .where(eq(kycReviews.submissionId, submissionId))
    .orderBy(asc(kycReviews.decidedAt));
  return rows.map(({ review, operator }) => ({
    id: review.id,
    decision: review.decision,
    statusBefore: review.statusBefore,
    statusAfter: review.statusAfter,
    reasons: reasonViews(kind, review.reasons, locale),
    note: review.note,
    operator,
    decidedAt: review.decidedAt.toISOString(),
    snapshot: review.snapshot,
  }));
}
