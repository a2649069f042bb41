/** The accounts module's public surface. */
export { pruneAccountCodes } from './codes/prune.ts';
export { parseEmail } from './contacts/email.ts';
export { parsePhone } from './contacts/phone.ts';
export { adoptVerifiedName } from './me/adopt-verified-name.ts';
export {
  type AccountView,
  contactOf,
  findMerchant,
  findMerchantByAddress,
  toAccountView,
} from './merchants.ts';
export { accountRoutes } from './routes/index.ts';
export type { ContactChannel, Merchant } from './schema.ts';
