import { and, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { merchantContacts as merchants } from '../accounts/index.ts';
import { auditEntries as auditLog } from '../audit/index.ts';
import { operatorNames as operators } from '../operators/index.ts';

export interface AuditLogFilter {
  actor?: string | undefined;
  action?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset cursor: only entries older than this id (the previous page's nextBefore). */
  before?: number | undefined;
  limit: number;
}

export interface AuditLogPage {
  entries: {
    id: number;
    actor: { id: string; email: string; name: string } | null;
    action: string;
    targetType: string | null;
    targetId: string | null;
    /**
     * Who the target is, for operators and merchants: a name people recognise (a failed sign-in
     * names the account someone tried to sign in as).
     */
    targetName: string | null;
    before: unknown;
    after: unknown;
    ip: string | null;
    createdAt: Date;
  }[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

// The same names a second time, for entries whose target is an operator.
const targetOperators = new QueryBuilder().select().from(operators).as('target_operator');

/** Newest first, filtered; pages by id so entries written meanwhile never shift a page. */
export async function listAuditLog(db: Executor, filter: AuditLogFilter): Promise<AuditLogPage> {
  const conditions: SQL[] = [];
  if (filter.actor) conditions.push(eq(auditLog.actorOperatorId, filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.targetType) conditions.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lte(auditLog.createdAt, filter.to));
  if (filter.before !== undefined) conditions.push(lt(auditLog.id, filter.before));

  const rows = await db
    .select({
      entry: {
        id: auditLog.id,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        before: auditLog.before,
        after: auditLog.after,
        ip: auditLog.ip,
        createdAt: auditLog.createdAt,
      },
      actor: { id: operators.id, email: operators.email, name: operators.name },
      targetName: sql<string | null>`coalesce(
        ${targetOperators.name} || ' <' || ${targetOperators.email} || '>',
        ${merchants.realName}, ${merchants.email}, ${merchants.phone})`,
    })
    .from(auditLog)
    .leftJoin(operators, eq(operators.id, auditLog.actorOperatorId))
    .leftJoin(
      targetOperators,
      and(
        eq(auditLog.targetType, 'operator'),
        eq(sql`${targetOperators.id}::text`, auditLog.targetId),
      ),
    )
    .leftJoin(
      merchants,
      and(eq(auditLog.targetType, 'merchant'), eq(sql`${merchants.id}::text`, auditLog.targetId)),
    )
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);

  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map(({ entry, actor, targetName }) => ({
      id: entry.id,
      actor: actor?.id ? actor : null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetName,
      before: entry.before,
      after: entry.after,
      ip: entry.ip,
      createdAt: entry.createdAt,
    })),
    nextBefore: rows.length > filter.limit ? (page.at(-1)?.entry.id ?? null) : null,
  };
}
