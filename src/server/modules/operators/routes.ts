import type { AppDeps, AppInstance } from '../../app-types.ts';
import { operatorAdminRoutes } from './admin-routes.ts';
import { operatorAuthRoutes } from './auth-routes.ts';

/** Operator sign-in and the admins' management of operators. */
export function operatorRoutes(app: AppInstance, deps: AppDeps): void {
  operatorAuthRoutes(app, deps);
  operatorAdminRoutes(app, deps);
}
