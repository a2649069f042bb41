import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { queueEmail, queueSms } from '../notification-templates.ts';
import type { ContactChannel } from '../schema.ts';
import type { IssuedCode } from './issue-code.ts';
import type { CodePurpose } from './schema.ts';

const templateOf = {
  signup: 'accounts.signup_code',
  login: 'accounts.login_code',
  reset: 'accounts.reset_code',
  change_contact: 'accounts.change_contact_code',
  reauth: 'accounts.reauth_code',
} as const satisfies Record<CodePurpose, string>;

export interface CodeDelivery {
  purpose: CodePurpose;
  channel: ContactChannel;
  /** As the person typed it (e-mail) or E.164 (phone). */
  to: string;
  locale: Locale;
}

/** Queue the e-mail or SMS carrying a code, in the transaction that issued it. A decoy sends nothing. */
export async function sendCode(tx: Executor, issued: IssuedCode, delivery: CodeDelivery) {
  if (issued.code === null) return;
  const message = {
    key: `code:${issued.id}`,
    to: delivery.to,
    template: templateOf[delivery.purpose],
    locale: delivery.locale,
    data: { code: issued.code, minutes: issued.validMinutes },
  };
  if (delivery.channel === 'email') await queueEmail(tx, message);
  else await queueSms(tx, message);
}
