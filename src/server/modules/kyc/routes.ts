import type { AppDeps, AppInstance } from '../../app-types.ts';
import { kycAdminRoutes } from './admin-routes.ts';
import { kycMerchantRoutes } from './merchant-routes.ts';

/** Real-name verification: the merchants' form and the reviewers' queue. */
export function kycRoutes(app: AppInstance, deps: AppDeps): void {
  kycMerchantRoutes(app, deps);
  kycAdminRoutes(app, deps);
}
