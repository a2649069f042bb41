import { Type } from '@sinclair/typebox';
import { OPERATOR_ROLES, type Operator, type OperatorRole } from './schema.ts';

export const OperatorRoleSchema = Type.Union([
  Type.Literal('admin'),
  Type.Literal('reviewer'),
  Type.Literal('finance'),
]) satisfies { static: (typeof OPERATOR_ROLES)[number] };

/** An operator as the API shows it: never the password hash or the TOTP secret. */
export const OperatorViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  name: Type.String(),
  roles: Type.Array(OperatorRoleSchema),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export interface OperatorView {
  id: string;
  email: string;
  name: string;
  roles: OperatorRole[];
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export function toOperatorView(operator: Operator): OperatorView {
  return {
    id: operator.id,
    email: operator.email,
    name: operator.name,
    roles: sortRoles(operator.roles),
    disabled: operator.disabledAt !== null,
    createdAt: operator.createdAt.toISOString(),
    lastLoginAt: operator.lastLoginAt?.toISOString() ?? null,
  };
}

/** Roles in one fixed order without repeats, so before/after in the audit log compare cleanly. */
export function sortRoles(roles: readonly OperatorRole[]): OperatorRole[] {
  return OPERATOR_ROLES.filter((role) => roles.includes(role));
}

/** E-mail addresses are unique case-insensitively (SPEC §1: trimmed, lower case, dots kept). */
export function normaliseOperatorEmail(email: string): string {
  return email.trim().toLowerCase();
}
