import { QueryBuilder } from 'drizzle-orm/pg-core';
import { auditLog } from './schema.ts';

/**
 * The audit log as others may read it: a subquery to filter and join on (the console's log
 * names actors and targets from other modules). The table itself is written only by recordAudit.
 */
export const auditEntries = new QueryBuilder().select().from(auditLog).as('audit_entries');
