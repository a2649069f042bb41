// The real-name verification as the API shows it (GET/POST /api/v1/me/verification and the
// reviewers' GET /api/v1/admin/verifications/{id}); SPEC §3. The
// shapes are the server's own (api/contract.ts).
import type { RequestOf, ResponseOf } from '../../api/contract';

export type Verification = ResponseOf<'getMeVerification'>;
export type VerificationKind = Verification['kind'];
export type VerificationStatus = Verification['status'];
/** What a submission may name (answers show it as a plain string). */
export type IdType = NonNullable<RequestOf<'postMeVerification'>['idType']>;
export type VerificationDocument = Verification['documents'][number];
export type DocumentType = VerificationDocument['type'];
/** A reason of a decision, labelled in the language of the request. */
export type DecisionReason = Verification['reasons'][number];
export type BankAccount = NonNullable<Verification['bankAccount']>;

export const idTypes: readonly IdType[] = ['cn_resident_id', 'passport', 'other'];

/** The documents each kind needs, in the order the form asks for them. */
export const documentTypesFor: Record<VerificationKind, readonly DocumentType[]> = {
  personal: ['id_front', 'id_back'],
  enterprise: ['business_license'],
};

/**
 * The fields of each kind as the API names them (a request for changes points at these), in
 * the order they are shown.
 */
export const verificationFields = {
  personal: [
    'legalName',
    'idType',
    'idNumber',
    'idExpiry',
    'documents.id_front',
    'documents.id_back',
  ],
  enterprise: [
    'companyName',
    'country',
    'registrationNumber',
    'legalRepresentative.name',
    'legalRepresentative.idNumber',
    'registeredAddress',
    'bankAccount',
    'documents.business_license',
  ],
} as const;

export type VerificationField =
  | (typeof verificationFields.personal)[number]
  | (typeof verificationFields.enterprise)[number];
