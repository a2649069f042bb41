import { canonicalJson } from './canonical-json.ts';
import { KYC_FIELDS } from './fields.ts';
import type { KycKind } from './schema.ts';

/** What a case holds: its details as stored and its documents (a case, a review's snapshot). */
export interface CaseContent {
  details: Record<string, unknown>;
  documents: readonly { type: string; uploadId: string }[];
}

/**
 * The value of one field a reviewer can name: a detail, part of one (`legalRepresentative.name`),
 * or a document's upload id; null when absent.
 */
export function fieldContent(content: CaseContent, field: string): unknown {
  if (field.startsWith('documents.')) {
    const type = field.slice('documents.'.length);
    return content.documents.find((document) => document.type === type)?.uploadId ?? null;
  }
  const [head = '', tail] = field.split('.');
  const value = content.details[head] ?? null;
  if (tail === undefined) return value;
  if (typeof value !== 'object' || value === null) return null;
  const part = value as Record<string, unknown>;
  // The representative's ID number is read together with its type, as the form asks for both.
  if (field === 'legalRepresentative.idNumber') {
    return { idType: part.idType ?? null, idNumber: part.idNumber ?? null };
  }
  return part[tail] ?? null;
}

/**
 * The fields (of `fields`, by default every field of the kind) whose values differ, compared
 * in canonical JSON so that key order read back from jsonb does not count as a change.
 */
export function changedFields(
  kind: KycKind,
  before: CaseContent,
  after: CaseContent,
  fields: readonly string[] = Object.keys(KYC_FIELDS[kind]),
): string[] {
  return fields.filter(
    (field) =>
      canonicalJson(fieldContent(before, field)) !== canonicalJson(fieldContent(after, field)),
  );
}

/** A review's snapshot as stored (`{ kind, details, documents }`), read defensively. */
export function snapshotContent(snapshot: unknown): CaseContent | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const { details, documents } = snapshot as { details?: unknown; documents?: unknown };
  return {
    details:
      typeof details === 'object' && details !== null ? (details as CaseContent['details']) : {},
    documents: Array.isArray(documents) ? (documents as CaseContent['documents']) : [],
  };
}
