import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const OPERATOR_ROLES = ['admin', 'reviewer', 'finance'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const operators = pgTable('operators', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  /** Encrypted; see totp-secret-box.ts. */
  totpSecret: text('totp_secret').notNull(),
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  roles: text('roles').array().$type<OperatorRole[]>().notNull().default([]),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
});

export type Operator = typeof operators.$inferSelect;
