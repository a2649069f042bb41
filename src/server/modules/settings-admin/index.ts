/**
 * The console's settings pages over HTTP (admin only). Its own module, like audit-log beside
 * audit: settings is read by sessions and operators, so it must not depend on them itself.
 */
import { defineModule } from '../../module.ts';
import { settingsRoutes } from './routes.ts';

export const settingsAdminModule = defineModule({
  name: 'settings-admin',
  routes: [settingsRoutes],
});
