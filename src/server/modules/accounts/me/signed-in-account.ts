import type { SessionSubject } from '../../sessions/index.ts';
import type { AccountRow } from '../merchants.ts';
import { merchants } from '../schema.ts';

/**
 * The merchant a session belongs to, read with the session in one query (GET /api/v1/me): only
 * the columns the account view shows, not the password hash or the normalised e-mail.
 */
export const merchantSubject: SessionSubject<AccountRow> = {
  name: 'merchant_account',
  table: merchants,
  id: merchants.id,
  columns: {
    id: merchants.id,
    accountType: merchants.accountType,
    email: merchants.email,
    emailVerifiedAt: merchants.emailVerifiedAt,
    phone: merchants.phone,
    phoneVerifiedAt: merchants.phoneVerifiedAt,
    realName: merchants.realName,
    locale: merchants.locale,
    status: merchants.status,
    createdAt: merchants.createdAt,
  } satisfies Record<keyof AccountRow, unknown>,
};
