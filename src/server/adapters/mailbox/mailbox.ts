import { desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import type { EmailTransport } from '../email/transport.ts';
import type { SmsProvider } from '../sms/provider.ts';
import { devMessages } from './schema.ts';

/** E-mail into the development mailbox: a row written in the worker's transaction. */
export function createMailboxEmailTransport(clock: Clock): EmailTransport {
  return {
    name: 'mailbox',
    async send(tx, email) {
      await tx.insert(devMessages).values({
        channel: 'email',
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html,
        outboxId: email.outboxId,
        createdAt: clock.now(),
      });
    },
    async close() {},
  };
}

export function createMailboxSmsProvider(clock: Clock): SmsProvider {
  return {
    name: 'mailbox',
    async send(tx, sms) {
      await tx.insert(devMessages).values({
        channel: 'sms',
        toAddress: sms.to,
        subject: null,
        textBody: sms.text,
        outboxId: sms.outboxId,
        createdAt: clock.now(),
      });
    },
  };
}

/** Newest first; addresses compare case-insensitively, like e-mail does. */
export async function listMailboxMessages(db: Executor, to: string | undefined, limit = 50) {
  return db
    .select()
    .from(devMessages)
    .where(to ? eq(sql`lower(${devMessages.toAddress})`, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(devMessages.createdAt), desc(devMessages.outboxId))
    .limit(limit);
}

export async function findMailboxMessage(db: Executor, id: string) {
  const [message] = await db.select().from(devMessages).where(eq(devMessages.id, id));
  return message ?? null;
}
