import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { operatorNames as operators } from '../operators/index.ts';
import type { DecisionReason } from './reasons.ts';
import { verificationQueue } from './review-queue.ts';
import type { Decision, KycKind } from './schema.ts';
import { reasonViews } from './verification-view.ts';

/** Every decision on a case, oldest first, with who made it. */
// One query after another: db may be a transaction, whose single connection runs one at a time.
export async function reviewHistory(
  db: Executor,
  submissionId: string,
  kind: KycKind,
  locale: Locale,
) {
  const decisions = await verificationQueue.decisions(db, submissionId);
  const operatorIds = [...new Set(decisions.map((decision) => decision.operatorId))];
  const named =
    operatorIds.length === 0
      ? []
      : await db.select().from(operators).where(inArray(operators.id, operatorIds));
  const byId = new Map(named.map((operator) => [operator.id, operator]));
  return decisions.flatMap((decision) => {
    const operator = byId.get(decision.operatorId);
    if (!operator) return [];
    return [
      {
        id: decision.id,
        decision: decision.decision as Decision,
        statusBefore: decision.statusBefore,
        statusAfter: decision.statusAfter,
        reasons: reasonViews(kind, decision.reasons as DecisionReason[], locale),
        note: decision.note,
        operator: { id: operator.id, email: operator.email, name: operator.name },
        decidedAt: decision.decidedAt.toISOString(),
        snapshot: decision.snapshot,
      },
    ];
  });
}
