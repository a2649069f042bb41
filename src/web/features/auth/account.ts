import type { ResponseOf } from '../../api/contract';
import { formatPhone } from '../../ui/phone';

/** GET /api/v1/me: the signed-in merchant's account. */
export type Account = ResponseOf<'getMe'>;

/** POST …/signup, …/code/request and the like: a code is on its way. */
export type CodeSent = ResponseOf<'postAuthSignup', 202>;

/** How the merchant is addressed in the header: the e-mail, else the formatted phone. */
export function accountIdentifier(account: Account): string {
  if (account.email) return account.email;
  if (account.phone) return formatPhone(account.phone);
  return '';
}
