import { asc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/index.ts';
import { revokeAllSessions } from '../sessions/index.ts';
import { sortRoles } from './operator-view.ts';
import { type Operator, type OperatorRole, operators } from './schema.ts';

export interface OperatorChange {
  roles?: OperatorRole[] | undefined;
  disabled?: boolean | undefined;
}

/** An admin changes another operator's roles or disables them; never the last active admin. */
export async function updateOperator(
  tx: Executor,
  operatorId: string,
  change: OperatorChange,
  context: { actor: string; ip: string | null; clock: Clock },
): Promise<Operator> {
  // Lock the target and every active admin, in id order: two admins demoting each other at the
  // same moment must not both succeed and leave nobody in charge.
  const locked = await tx
    .select()
    .from(operators)
    .where(
      sql`${operators.id} = ${operatorId} OR ('admin' = ANY(${operators.roles}) AND ${operators.disabledAt} IS NULL)`,
    )
    .orderBy(asc(operators.id))
    .for('update');
  const current = locked.find((operator) => operator.id === operatorId);
  if (!current) throw new AppError('operators.not_found');

  const now = context.clock.now();
  const roles = change.roles ? sortRoles(change.roles) : current.roles;
  const disabledAt =
    change.disabled === undefined
      ? current.disabledAt
      : change.disabled
        ? (current.disabledAt ?? now)
        : null;
  const remainsActiveAdmin = roles.includes('admin') && disabledAt === null;
  const otherActiveAdmins = locked.filter(
    (operator) =>
      operator.id !== operatorId && operator.roles.includes('admin') && !operator.disabledAt,
  );
  if (!remainsActiveAdmin && otherActiveAdmins.length === 0)
    throw new AppError('operators.last_admin');

  const [updated] = await tx
    .update(operators)
    .set({ roles, disabledAt })
    .where(eq(operators.id, operatorId))
    .returning();
  if (!updated) throw new AppError('operators.not_found');
  // A disabled operator is signed out at once, not when their session would have lapsed.
  if (disabledAt && !current.disabledAt) {
    await revokeAllSessions(tx, 'operator', operatorId, null, context.clock);
  }

  const summary = (operator: Operator) => ({
    roles: sortRoles(operator.roles),
    disabled: operator.disabledAt !== null,
  });
  await recordAudit(tx, {
    actor: context.actor,
    action: 'operator.updated',
    target: { type: 'operator', id: operatorId },
    before: summary(current),
    after: summary(updated),
    ip: context.ip,
    at: now,
  });
  return updated;
}
