import type { Executor } from '../db/client.ts';
import type { Locale } from '../i18n/locale.ts';
import { enqueue } from '../outbox/enqueue.ts';
import type { EmailData, EmailTemplateName, SmsData, SmsTemplateName } from './registry.ts';

export const EMAIL_TOPIC = 'email.send';
export const SMS_TOPIC = 'sms.send';

export interface QueuedEmail<N extends EmailTemplateName> {
  /** Idempotency key: the same key is e-mailed once, however often this is called. */
  key: string;
  to: string;
  template: N;
  locale: Locale;
  data: EmailData<N>;
}

export interface QueuedSms<N extends SmsTemplateName> {
  key: string;
  to: string;
  template: N;
  locale: Locale;
  data: SmsData<N>;
}

/** Queue an e-mail in the caller's transaction; it is rendered and sent by the outbox worker. */
export function queueEmail<N extends EmailTemplateName>(tx: Executor, email: QueuedEmail<N>) {
  return enqueue(tx, { topic: EMAIL_TOPIC, key: `email:${email.key}`, payload: email });
}

export function queueSms<N extends SmsTemplateName>(tx: Executor, sms: QueuedSms<N>) {
  return enqueue(tx, { topic: SMS_TOPIC, key: `sms:${sms.key}`, payload: sms });
}
