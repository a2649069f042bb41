// The real-name verification as the API shows it (GET/POST /api/v1/me/verification and the
// reviewers' GET /api/v1/admin/verifications/{id}); SPEC §3.

export type VerificationKind = 'personal' | 'enterprise';
export type VerificationStatus =
  | 'draft'
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'changes_requested';
export type IdType = 'cn_resident_id' | 'passport' | 'other';
export type DocumentType = 'id_front' | 'id_back' | 'business_license';

export const idTypes: readonly IdType[] = ['cn_resident_id', 'passport', 'other'];

export type VerificationDocument = {
  type: DocumentType;
  uploadId: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  /** Where the signed-in viewer (merchant or reviewer) fetches the file. */
  url: string;
};

/** A reason of a decision, labelled in the language of the request. */
export type DecisionReason = {
  code: string;
  field: string | null;
  label: string;
  fieldLabel: string | null;
  /** What the reviewer wrote about it; with the code "other", the reason in their own words. */
  note: string | null;
};

export type BankAccount = {
  accountName: string;
  bankName: string;
  accountNumber: string;
  branchName: string | null;
};

export type Verification = {
  id: string;
  kind: VerificationKind;
  status: VerificationStatus;
  // personal
  legalName?: string;
  idType?: IdType;
  idNumber?: string;
  /** YYYY-MM-DD, or null for a resident ID valid long-term. */
  idExpiry?: string | null;
  // enterprise
  companyName?: string;
  country?: string;
  registrationNumber?: string;
  legalRepresentative?: { name: string; idType: IdType; idNumber: string };
  registeredAddress?: string;
  bankAccount?: BankAccount | null;
  documents: VerificationDocument[];
  /** The latest decision's reasons (empty while pending or when approved). */
  reasons: DecisionReason[];
  note: string | null;
  submittedAt: string;
  decidedAt: string | null;
  /** The merchant's current verified identity (may be an earlier case): the badge. */
  verified: { name: string; kind: VerificationKind; approvedAt: string } | null;
};

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
