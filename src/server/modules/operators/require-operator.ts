import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-types.ts';
import { AppError } from '../../errors.ts';
import { declareRoles } from '../../http/openapi-contract.ts';
import { authGuard, requireOperatorSession } from '../../http/session-auth.ts';
import { findOperatorById } from './find-operator.ts';
import type { OperatorRole } from './schema.ts';

/** The signed-in operator as route handlers see it. */
export interface OperatorPrincipal {
  id: string;
  email: string;
  name: string;
  roles: OperatorRole[];
}

// Kept beside the request rather than decorated onto it, so modules registered before this one
// can use requireOperator without caring about decorator order.
const principals = new WeakMap<FastifyRequest, OperatorPrincipal>();

/**
 * A route guard (run in onRequest, see authGuard): a live session of an enabled operator holding at least one of `roles` (any operator
 * when none are named). Roles are distinct: admin manages operators and reads the audit log but
 * does not imply reviewer or finance, so each of those duties is granted on purpose.
 */
export function requireOperator(deps: AppDeps, ...roles: OperatorRole[]) {
  const requireSession = requireOperatorSession(deps);
  return declareRoles(
    requireSession,
    roles,
    authGuard(async (request: FastifyRequest): Promise<void> => {
      await requireSession(request);
      const session = request.operatorSession;
      const operator = session ? await findOperatorById(deps.database.db, session.subjectId) : null;
      if (!operator || operator.disabledAt) throw new AppError('auth.required');
      if (roles.length > 0 && !roles.some((role) => operator.roles.includes(role))) {
        throw new AppError('auth.forbidden');
      }
      principals.set(request, {
        id: operator.id,
        email: operator.email,
        name: operator.name,
        roles: operator.roles,
      });
    }),
  );
}

/** The operator of a request that passed requireOperator. */
export function operatorOf(request: FastifyRequest): OperatorPrincipal {
  const operator = principals.get(request);
  if (!operator) throw new AppError('auth.required');
  return operator;
}
