/** The merchant directory: a read model over the accounts, kyc, stores and ledger modules. */
import { defineModule } from '../../module.ts';
import { backfillDirectory } from './read-model.ts';
import { directoryRoutes } from './routes.ts';
import { directorySubscribers } from './subscribers.ts';

export { type DirectoryQuery, listDirectory, merchantDetail } from './merchant-directory.ts';
export {
  backfillDirectory,
  readDirectory,
  rebuildDirectory,
  refreshDirectoryEntries,
} from './read-model.ts';
export { directoryRoutes } from './routes.ts';
export { VERIFICATION_FILTERS, type VerificationFilter } from './verification-scope.ts';

export const directoryModule = defineModule({
  name: 'directory',
  routes: [directoryRoutes],
  subscribers: directorySubscribers,
  jobs: [
    {
      // Merchants the model has no row for yet: all of them on an install that predates it.
      name: 'directory.backfill',
      everyMs: 10 * 60_000,
      run: async (tx, now) => {
        await backfillDirectory(
          tx,
          (fn) => fn(tx),
          () => now,
        );
      },
    },
  ],
});
