/** The merchant directory: a read model over the accounts, kyc, stores and ledger modules. */
export { type DirectoryQuery, listDirectory, merchantDetail } from './merchant-directory.ts';
export { directoryRoutes } from './routes.ts';
export { VERIFICATION_FILTERS, type VerificationFilter } from './verification-scope.ts';
