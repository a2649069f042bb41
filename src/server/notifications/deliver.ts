import type { EmailTransport } from '../adapters/email/transport.ts';
import type { SmsProvider } from '../adapters/sms/provider.ts';
import type { OutboxHandlers } from '../outbox/worker.ts';
import { renderEmail } from './email-layout.ts';
import { EMAIL_TOPIC, type QueuedNotification, SMS_TOPIC } from './queue.ts';
import type { EmailTemplate, SmsTemplate } from './templates.ts';

export interface DeliveryDeps {
  email: EmailTransport;
  sms: SmsProvider;
  publicUrl: string;
  /** Every module's templates, from the module composition. */
  templates: {
    email: Record<string, EmailTemplate<unknown>>;
    sms: Record<string, SmsTemplate<unknown>>;
  };
}

/** Outbox handlers that render a queued notification and hand it to the configured transport. */
export function notificationHandlers(deps: DeliveryDeps): OutboxHandlers {
  const context = { publicUrl: deps.publicUrl };
  return {
    [EMAIL_TOPIC]: async (tx, message) => {
      const email = message.payload as QueuedNotification;
      const template = deps.templates.email[email.template];
      if (!template) throw new Error(`unknown e-mail template "${email.template}"`);
      const rendered = renderEmail(template(email.locale, email.data, context), email.locale);
      await deps.email.send(tx, {
        ...rendered,
        to: email.to,
        messageKey: message.idempotencyKey,
        outboxId: message.id,
      });
    },
    [SMS_TOPIC]: async (tx, message) => {
      const sms = message.payload as QueuedNotification;
      const template = deps.templates.sms[sms.template];
      if (!template) throw new Error(`unknown SMS template "${sms.template}"`);
      await deps.sms.send(tx, {
        to: sms.to,
        text: template(sms.locale, sms.data, context),
        messageKey: message.idempotencyKey,
        outboxId: message.id,
      });
    },
  };
}
