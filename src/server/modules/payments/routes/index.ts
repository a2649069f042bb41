import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { adminPaymentRoutes } from './admin-routes.ts';
import { callbackRoutes } from './callback-routes.ts';
import { merchantPaymentRoutes } from './merchant-routes.ts';

/** Payments: the merchant's view and sandbox, provider callbacks, the finance console. */
export async function paymentRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  merchantPaymentRoutes(app, deps);
  await callbackRoutes(app, deps);
  adminPaymentRoutes(app, deps);
}
