import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const devMessages = pgTable('dev_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
  toAddress: text('to_address').notNull(),
  subject: text('subject'),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body'),
  outboxId: bigint('outbox_id', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
