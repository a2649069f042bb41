/** The merchant directory: a read model over the accounts, kyc, stores and ledger modules. */
import { defineModule } from '../../module.ts';
import { directoryRoutes } from './routes.ts';

export { type DirectoryQuery, listDirectory, merchantDetail } from './merchant-directory.ts';
export { directoryRoutes } from './routes.ts';
export { VERIFICATION_FILTERS, type VerificationFilter } from './verification-scope.ts';

export const directoryModule = defineModule({ name: 'directory', routes: [directoryRoutes] });
