import type { ResponseOf } from '../../api/contract';
import type { MessageKey } from '../../i18n/en';

// Operators (SPEC §9) as GET /api/v1/admin/me and /api/v1/admin/operators show them.

export type Operator = ResponseOf<'getAdminMe'>['operator'];
export type OperatorRole = Operator['roles'][number];
export const operatorRoles: readonly OperatorRole[] = ['admin', 'reviewer', 'finance'];

export const roleLabels: Record<OperatorRole, MessageKey> = {
  admin: 'console.role.admin',
  reviewer: 'console.role.reviewer',
  finance: 'console.role.finance',
};

export const roleDescriptions: Record<OperatorRole, MessageKey> = {
  admin: 'console.role.admin.description',
  reviewer: 'console.role.reviewer.description',
  finance: 'console.role.finance.description',
};

/** Roles are distinct duties: admin does not imply reviewer or finance (as on the server). */
export const holdsAny = (operator: Operator, roles: readonly OperatorRole[]) =>
  roles.length === 0 || roles.some((role) => operator.roles.includes(role));

/** Only console paths are followed after signing in (never `//host` or the seller center). */
export function safeConsolePath(next: unknown): string | null {
  if (typeof next !== 'string' || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next !== '/admin' && !next.startsWith('/admin/') && !next.startsWith('/admin?')) return null;
  if (next.startsWith('/admin/login')) return null;
  return next;
}

/** /admin/login's search: where to go after signing in (`?next=`), if it is a console page. */
export function adminLoginSearch(search: Record<string, unknown>): { next?: string } {
  const next = safeConsolePath(search.next);
  return next ? { next } : {};
}
