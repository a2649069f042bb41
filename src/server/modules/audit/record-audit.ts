import type { Executor } from '../../db/client.ts';
import { auditLog } from './schema.ts';

export interface AuditRecord {
  /** The operator who acted; null for the command line or the system. */
  actor: string | null;
  /** `subject.verb`, e.g. `operator.login`, `verification.approved`. */
  action: string;
  target?: { type: string; id: string } | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  /** When it happened (the injected clock's now); the database's now() otherwise. */
  at?: Date;
}

/**
 * Append one entry in the caller's transaction, so the log holds exactly the actions that took
 * effect: an action rolled back leaves no entry, and no action commits without one.
 */
export async function recordAudit(tx: Executor, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    actorOperatorId: record.actor,
    action: record.action,
    targetType: record.target?.type ?? null,
    targetId: record.target?.id ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
    ip: record.ip ?? null,
    ...(record.at ? { createdAt: record.at } : {}),
  });
}
