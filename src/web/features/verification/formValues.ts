import type { RequestOf } from '../../api/contract';
import type { DocumentValue } from './DocumentUpload';
import {
  type DocumentType,
  documentTypesFor,
  type IdType,
  type Verification,
  type VerificationKind,
} from './types';

/**
 * The verification form's values, named as the API names its fields (`legalRepresentative.name`,
 * `documents.business_license`), so each problem the server reports lands on its own field.
 */
export type KycValues = {
  legalName: string;
  idType: IdType;
  idNumber: string;
  idExpiry: string;
  idLongTerm: boolean;
  companyName: string;
  country: string;
  registrationNumber: string;
  legalRepresentative: { name: string; idType: IdType; idNumber: string };
  registeredAddress: string;
  documents: Partial<Record<DocumentType, DocumentValue>>;
};

/** The fields typed into a text box. */
export type KycTextField =
  | 'legalName'
  | 'idNumber'
  | 'companyName'
  | 'registrationNumber'
  | 'legalRepresentative.name'
  | 'legalRepresentative.idNumber'
  | 'registeredAddress';

/** The fields of each kind the server may refuse, as the form names them. */
export const serverFieldsOf = (kind: VerificationKind) =>
  [
    ...(kind === 'personal'
      ? (['legalName', 'idType', 'idNumber', 'idExpiry'] as const)
      : ([
          'companyName',
          'country',
          'registrationNumber',
          'legalRepresentative.name',
          'legalRepresentative.idNumber',
          'registeredAddress',
        ] as const)),
    ...documentTypesFor[kind].map((type) => `documents.${type}` as const),
  ] as const;

/** The previous submission's values, so a resubmission changes only what needs changing. */
export function initialValues(previous: Verification | null): KycValues {
  const documents: KycValues['documents'] = {};
  for (const document of previous?.documents ?? []) {
    documents[document.type] = {
      uploadId: document.uploadId,
      contentType: document.contentType,
      previewUrl: document.url,
      size: document.size,
    };
  }
  const country = previous?.country ?? 'CN';
  return {
    legalName: previous?.legalName ?? '',
    idType: previous?.idType ?? 'cn_resident_id',
    idNumber: previous?.idNumber ?? '',
    idExpiry: previous?.idExpiry ?? '',
    idLongTerm: previous?.idExpiry === null,
    companyName: previous?.companyName ?? '',
    country,
    registrationNumber: previous?.registrationNumber ?? '',
    legalRepresentative: {
      name: previous?.legalRepresentative?.name ?? '',
      idType:
        previous?.legalRepresentative?.idType ?? (country === 'CN' ? 'cn_resident_id' : 'other'),
      idNumber: previous?.legalRepresentative?.idNumber ?? '',
    },
    registeredAddress: previous?.registeredAddress ?? '',
    documents,
  };
}

/** A long-term ID has no expiry date (a passport always has one). */
export const isLongTerm = (values: Pick<KycValues, 'idLongTerm' | 'idType'>) =>
  values.idLongTerm && values.idType !== 'passport';

/** POST /api/v1/me/verification's body for the merchant's kind. */
export function requestBody(
  kind: VerificationKind,
  values: KycValues,
): RequestOf<'postMeVerification'> {
  const documents = documentTypesFor[kind].flatMap((type) => {
    const document = values.documents[type];
    return document ? [{ type, uploadId: document.uploadId }] : [];
  });
  if (kind === 'personal') {
    return {
      kind,
      legalName: values.legalName.trim(),
      idType: values.idType,
      idNumber: values.idNumber.trim(),
      idExpiry: isLongTerm(values) ? null : values.idExpiry,
      documents,
    };
  }
  return {
    kind,
    companyName: values.companyName.trim(),
    country: values.country,
    registrationNumber: values.registrationNumber.trim(),
    legalRepresentative: {
      name: values.legalRepresentative.name.trim(),
      idType: values.legalRepresentative.idType,
      idNumber: values.legalRepresentative.idNumber.trim(),
    },
    registeredAddress: values.registeredAddress.trim(),
    documents,
  };
}
