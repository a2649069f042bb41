/** The audit module's public surface: every operator action is recorded through recordAudit. */
export { type AuditLogFilter, type AuditLogPage, listAuditLog } from './list-audit-log.ts';
export { type AuditRecord, recordAudit } from './record-audit.ts';
