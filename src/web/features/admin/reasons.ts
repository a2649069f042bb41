import type { Language } from '../../i18n/language';

export type Labels = Record<Language, string>;

/**
 * The reason a reviewer most likely means when asking to change a field; they can pick another.
 * Codes not in the server's catalogue fall back to "other".
 */
export function likelyReason(field: string, codes: readonly string[]): string {
  const guess = field.startsWith('documents.')
    ? 'document_unreadable'
    : field === 'legalName' || field === 'companyName' || field === 'legalRepresentative.name'
      ? 'name_mismatch'
      : field === 'idNumber' || field === 'legalRepresentative.idNumber'
        ? 'id_number_invalid'
        : field === 'registrationNumber'
          ? 'licence_mismatch'
          : field === 'registeredAddress'
            ? 'address_mismatch'
            : field === 'idExpiry'
              ? 'document_expired'
              : 'other';
  return codes.includes(guess) ? guess : codes.includes('other') ? 'other' : (codes[0] ?? guess);
}

/** A field's value in a case's details or a review's snapshot, comparable as JSON. */
export function rawFieldValue(
  details: Record<string, unknown>,
  documents: readonly { type: string; uploadId: string }[],
  field: string,
): string {
  if (field.startsWith('documents.')) {
    const type = field.slice('documents.'.length);
    return documents.find((document) => document.type === type)?.uploadId ?? '';
  }
  const [head, tail] = field.split('.') as [string, string | undefined];
  const value = details[head];
  if (tail === undefined) return JSON.stringify(value ?? null);
  return JSON.stringify(
    typeof value === 'object' && value !== null
      ? ((value as Record<string, unknown>)[tail] ?? null)
      : null,
  );
}

type Snapshot = {
  details?: Record<string, unknown>;
  documents?: { type: string; uploadId: string }[];
};

export function snapshotOf(value: unknown): Required<Snapshot> | null {
  if (typeof value !== 'object' || value === null) return null;
  const snapshot = value as Snapshot;
  return {
    details: typeof snapshot.details === 'object' && snapshot.details ? snapshot.details : {},
    documents: Array.isArray(snapshot.documents) ? snapshot.documents : [],
  };
}
