import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { recordAudit } from '../audit/index.ts';
import { revokeSession, type Session } from '../sessions/index.ts';

/** End the operator's current session; the log notes who signed out and from where. */
export async function logOutOperator(
  tx: Executor,
  session: Session,
  context: { clock: Clock; ip: string | null },
): Promise<void> {
  await revokeSession(
    tx,
    { subjectType: 'operator', subjectId: session.subjectId },
    session.id,
    context.clock,
  );
  await recordAudit(tx, {
    actor: session.subjectId,
    action: 'operator.logout',
    target: { type: 'operator', id: session.subjectId },
    ip: context.ip,
    at: context.clock.now(),
  });
}
