/** The audit module's public surface: every operator action is recorded through recordAudit. */
import { defineModule } from '../../module.ts';

export { auditEntries } from './audit-entries.ts';
export { type AuditRecord, recordAudit } from './record-audit.ts';

/** Audit has no routes of its own: the console reads the log through the audit-log module. */
export const auditModule = defineModule({ name: 'audit' });
