import { QueryBuilder } from 'drizzle-orm/pg-core';
import { merchants } from './schema.ts';

/**
 * The columns other modules may read about a merchant, as a subquery they can join and filter
 * on (the verification queue searches by e-mail and phone; the audit log names its targets).
 * PostgreSQL inlines it, so a join on it is planned as a join on the table — but the table itself
 * stays the accounts module's own.
 */
export const merchantContacts = new QueryBuilder()
  .select({
    id: merchants.id,
    accountType: merchants.accountType,
    email: merchants.email,
    phone: merchants.phone,
    realName: merchants.realName,
  })
  .from(merchants)
  .as('merchant_contacts');
