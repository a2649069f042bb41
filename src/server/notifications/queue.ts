import type { Executor } from '../db/client.ts';
import type { Locale } from '../i18n/locale.ts';
import { enqueue } from '../outbox/enqueue.ts';
import type { EmailTemplate, SmsTemplate } from './templates.ts';

export const EMAIL_TOPIC = 'email.send';
export const SMS_TOPIC = 'sms.send';

/** An e-mail or SMS waiting in the outbox: the template it is rendered with, and its data. */
export interface QueuedNotification<N extends string = string, Data = unknown> {
  /** Idempotency key: the same key is sent once, however often this is called. */
  key: string;
  to: string;
  template: N;
  locale: Locale;
  data: Data;
}

/**
 * queueEmail and queueSms checked against one module's own templates (names and data), so a
 * module needs no central list of every template. Both queue in the caller's transaction; the
 * outbox worker renders and sends.
 */
export function notificationQueue<
  E extends Record<string, EmailTemplate<never>> = Record<never, never>,
  S extends Record<string, SmsTemplate<never>> = Record<never, never>,
>(_templates: { email?: E; sms?: S }) {
  return {
    queueEmail<N extends keyof E & string>(
      tx: Executor,
      email: QueuedNotification<N, Parameters<E[N]>[1]>,
    ) {
      return enqueue(tx, { topic: EMAIL_TOPIC, key: `email:${email.key}`, payload: email });
    },
    queueSms<N extends keyof S & string>(
      tx: Executor,
      sms: QueuedNotification<N, Parameters<S[N]>[1]>,
    ) {
      return enqueue(tx, { topic: SMS_TOPIC, key: `sms:${sms.key}`, payload: sms });
    },
  };
}
