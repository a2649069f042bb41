/**
 * The console's audit log: a read model over the audit module's entries that names actors and
 * targets through the operators' and accounts' public surfaces. It sits above all three, so
 * audit (which every module records into) depends on none of them.
 */
import { defineModule } from '../../module.ts';
import { auditLogRoutes } from './routes.ts';

export { type AuditLogFilter, type AuditLogPage, listAuditLog } from './list-audit-log.ts';
export { auditLogRoutes } from './routes.ts';

export const auditLogModule = defineModule({ name: 'audit-log', routes: [auditLogRoutes] });
