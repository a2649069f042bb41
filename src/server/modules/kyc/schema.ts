import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DecisionReason } from './reasons.ts';
import type { KycStatus } from './status.ts';

export const KYC_KINDS = ['personal', 'enterprise'] as const;
export type KycKind = (typeof KYC_KINDS)[number];

export const DOCUMENT_TYPES = ['id_front', 'id_back', 'business_license'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Documents in the order a person reads them (front before back), not alphabetically: the
 * reviewer's case, the merchant's page and every snapshot list them this way.
 */
export function inDocumentOrder<D extends { type: string }>(documents: readonly D[]): D[] {
  const rank = (type: string) => {
    const index = (DOCUMENT_TYPES as readonly string[]).indexOf(type);
    return index === -1 ? DOCUMENT_TYPES.length : index;
  };
  return [...documents].sort((a, b) => rank(a.type) - rank(b.type));
}

export const DECISIONS = ['approve', 'reject', 'request_changes'] as const;
export type Decision = (typeof DECISIONS)[number];

export const kycSubmissions = pgTable('kyc_submissions', {
  id: uuid('id').primaryKey().defaultRandom(),
  merchantId: uuid('merchant_id').notNull(),
  caseNumber: integer('case_number').notNull(),
  kind: text('kind', { enum: KYC_KINDS }).notNull(),
  status: text('status').$type<KycStatus>().notNull(),
  subjectName: text('subject_name').notNull(),
  documentNumber: text('document_number').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  /** YYYY-MM-DD, or null when the document does not expire. */
  expiresOn: date('expires_on', { mode: 'string' }),
  expiryRemindedFor: date('expiry_reminded_for', { mode: 'string' }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  decidedBy: uuid('decided_by'),
  supersededAt: timestamp('superseded_at', { withTimezone: true }),
  reasons: jsonb('reasons').$type<DecisionReason[]>().notNull().default([]),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type KycSubmission = typeof kycSubmissions.$inferSelect;

export const kycDocuments = pgTable(
  'kyc_documents',
  {
    submissionId: uuid('submission_id').notNull(),
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    uploadId: uuid('upload_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.submissionId, table.type] })],
);
