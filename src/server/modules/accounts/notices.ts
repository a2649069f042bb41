import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { maskAddress } from './contacts/mask.ts';
import { contactOf } from './merchants.ts';
import { queueEmail, queueSms } from './notification-templates.ts';
import type { ContactChannel, Merchant } from './schema.ts';

/** "Your password was changed", to every verified contact of the account. */
export async function noticePasswordChanged(tx: Executor, merchant: Merchant, clock: Clock) {
  const at = clock.now().toISOString();
  const key = `accounts.password_changed:${merchant.id}:${at}`;
  const email = contactOf(merchant, 'email');
  const phone = contactOf(merchant, 'phone');
  const data = { at };
  if (email) {
    await queueEmail(tx, {
      key,
      to: email.display,
      template: 'accounts.password_changed',
      locale: merchant.locale,
      data,
    });
  }
  if (phone) {
    await queueSms(tx, {
      key,
      to: phone.display,
      template: 'accounts.password_changed',
      locale: merchant.locale,
      data,
    });
  }
}

/** "Password sign-in is paused", to every verified contact of the account, once per pause. */
export async function noticePasswordSignInPaused(
  tx: Executor,
  merchant: Merchant,
  pausedUntil: Date,
) {
  const until = pausedUntil.toISOString();
  const key = `accounts.password_sign_in_paused:${merchant.id}:${until}`;
  const data = { until, canUseSms: contactOf(merchant, 'phone') !== null };
  const email = contactOf(merchant, 'email');
  const phone = contactOf(merchant, 'phone');
  const message = {
    key,
    template: 'accounts.password_sign_in_paused' as const,
    locale: merchant.locale,
    data,
  };
  if (email) await queueEmail(tx, { ...message, to: email.display });
  if (phone) await queueSms(tx, { ...message, to: phone.display });
}

/**
 * A contact changed: tell the old address of that kind. When there was none (a phone-only
 * account adds an e-mail), tell the other verified contact, so no change goes unnoticed.
 */
export async function noticeContactChanged(
  tx: Executor,
  before: Merchant,
  kind: ContactChannel,
  newAddress: string,
  clock: Clock,
) {
  const at = clock.now().toISOString();
  const old = contactOf(before, kind);
  const otherKind: ContactChannel = kind === 'email' ? 'phone' : 'email';
  const recipient = old ? { channel: kind, ...old } : withChannel(otherKind, before);
  if (!recipient) return;
  const message = {
    key: `accounts.contact_changed:${before.id}:${kind}:${at}`,
    to: recipient.display,
    template: 'accounts.contact_changed' as const,
    locale: before.locale,
    data: {
      kind,
      change: old ? ('changed' as const) : ('added' as const),
      newAddress: maskAddress(kind, newAddress),
      at,
    },
  };
  if (recipient.channel === 'email') await queueEmail(tx, message);
  else await queueSms(tx, message);
}

function withChannel(channel: ContactChannel, merchant: Merchant) {
  const contact = contactOf(merchant, channel);
  return contact ? { channel, ...contact } : null;
}

/**
 * Someone asked for a code for an address that already belongs to an account (sign-up, or adding
 * it to another account): the owner hears about it instead of a code being sent.
 */
export async function noticeAddressAttempt(
  tx: Executor,
  owner: Merchant,
  channel: ContactChannel,
  kind: 'accounts.signup_attempt' | 'accounts.contact_claim_attempt',
  requestId: string,
) {
  const contact = contactOf(owner, channel);
  if (!contact) return;
  const message = {
    key: `${kind}:${requestId}`,
    to: contact.display,
    template: kind,
    locale: owner.locale,
    data: { channel },
  };
  if (channel === 'email') await queueEmail(tx, message);
  else await queueSms(tx, message);
}
