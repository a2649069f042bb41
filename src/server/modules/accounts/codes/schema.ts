import {
  bigserial,
  boolean,
  customType,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { CONTACT_CHANNELS } from '../schema.ts';

// Mirrors migrations/0003_accounts_codes_growth.sql, which is what the database runs.

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const CODE_PURPOSES = ['signup', 'login', 'reset', 'change_contact', 'reauth'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

export const verificationCodes = pgTable('verification_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  purpose: text('purpose', { enum: CODE_PURPOSES }).notNull(),
  channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
  address: text('address').notNull(),
  displayAddress: text('display_address'),
  merchantId: uuid('merchant_id'),
  codeHash: bytea('code_hash').notNull(),
  salt: bytea('salt').notNull(),
  decoy: boolean('decoy').notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  consumedAt: timestamp('consumed_at', { withTimezone: true }),
});

export type VerificationCode = typeof verificationCodes.$inferSelect;

export const codeFailures = pgTable('code_failures', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
  scope: text('scope').notNull(),
  failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
});

export const codeChannelBlocks = pgTable(
  'code_channel_blocks',
  {
    channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
    scope: text('scope').notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.channel, table.scope] })],
);
