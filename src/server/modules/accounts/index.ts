/** The accounts module's public surface. */
import { defineModule } from '../../module.ts';
import { pruneAccountCodes } from './codes/prune.ts';
import { accountErrors } from './errors.ts';
import { accountNotifications } from './notification-templates.ts';
import { accountRoutes } from './routes/index.ts';

export { type AccountHolding, registerAccountHoldings } from './account-holdings.ts';
export { pruneAccountCodes } from './codes/prune.ts';
export { parseEmail } from './contacts/email.ts';
export { parsePhone } from './contacts/phone.ts';
export {
  listMerchants,
  MERCHANT_STATUSES,
  type MerchantListFilter,
  type MerchantListItem,
  type MerchantStatus,
} from './list-merchants.ts';
export { adoptVerifiedName } from './me/adopt-verified-name.ts';
export { merchantContacts } from './merchant-contacts.ts';
export { type MerchantFacts, merchantFacts } from './merchant-facts.ts';
export {
  type AccountView,
  contactOf,
  findMerchant,
  findMerchantByAddress,
  toAccountView,
} from './merchants.ts';
export { accountRoutes } from './routes/index.ts';
export type { ContactChannel, Merchant } from './schema.ts';

export const accountsModule = defineModule({
  name: 'accounts',
  routes: [accountRoutes],
  errors: accountErrors,
  notifications: accountNotifications,
  events: ['account.contact_verified'],
  jobs: [
    {
      name: 'accounts.prune-codes',
      everyMs: 60 * 60 * 1000,
      run: (tx, now) => pruneAccountCodes(tx, now),
    },
  ],
});
