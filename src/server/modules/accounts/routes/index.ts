import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { contactRoutes } from './contact-routes.ts';
import { loginRoutes } from './login-routes.ts';
import { meRoutes } from './me-routes.ts';
import { resetRoutes } from './reset-routes.ts';
import { sessionRoutes } from './session-routes.ts';
import { signupRoutes } from './signup-routes.ts';

/** Every merchant-account route: sign-up, login, reset, the account, contacts, sessions. */
export function accountRoutes(app: AppInstance, deps: AppDeps): void {
  signupRoutes(app, deps);
  loginRoutes(app, deps);
  resetRoutes(app, deps);
  meRoutes(app, deps);
  contactRoutes(app, deps);
  sessionRoutes(app, deps);
}
