import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { storefrontVersionsOfApp } from '../storefront-versions.ts';
import { adminStoreRoutes } from './admin-routes.ts';
import { designRoutes } from './design-routes.ts';
import { merchantStoreRoutes } from './merchant-routes.ts';
import { offeringRoutes } from './offering-routes.ts';

/** Opening and running a store (SPEC §4, §5); the storefront itself is in src/storefront. */
export async function storeRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  await storefrontVersionsOfApp(app, deps);
  await offeringRoutes(app, deps);
  merchantStoreRoutes(app, deps);
  designRoutes(app, deps);
  adminStoreRoutes(app, deps);
}
