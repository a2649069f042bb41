import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { adminPaymentRoutes } from './admin-routes.ts';
import { callbackRoutes } from './callback-routes.ts';
import { merchantPaymentRoutes } from './merchant-routes.ts';
import { refundRoutes } from './refund-routes.ts';

/** Payments: the merchant's view and sandbox, provider callbacks, the finance console. */
export async function paymentRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  merchantPaymentRoutes(app, deps);
  await callbackRoutes(app, deps);
  adminPaymentRoutes(app, deps);
  refundRoutes(app, deps);
}
