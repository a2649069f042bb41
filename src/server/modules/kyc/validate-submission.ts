import { creditCodeProblem, normaliseCreditCode } from './credit-code.ts';
import type { FieldIssue, FieldRule } from './field-messages.ts';
import type { IdType, VerificationInput } from './input-schema.ts';
import { normaliseResidentId, residentIdProblem } from './resident-id.ts';
import type { DocumentType, KycKind } from './schema.ts';

export interface PersonalDetails {
  legalName: string;
  idType: IdType;
  idNumber: string;
  /** YYYY-MM-DD, or null for a resident ID card valid long-term. */
  idExpiry: string | null;
}

export interface EnterpriseDetails {
  companyName: string;
  country: string;
  registrationNumber: string;
  legalRepresentative: { name: string; idType: IdType; idNumber: string };
  registeredAddress: string;
  bankAccount: {
    accountName: string;
    bankName: string;
    accountNumber: string;
    branchName: string | null;
  } | null;
}

export interface SubmittedDocument {
  type: DocumentType;
  uploadId: string;
}

/** A submission that passed every field rule, normalised for storing and comparing. */
export type ValidSubmission =
  | { kind: 'personal'; details: PersonalDetails; documents: SubmittedDocument[] }
  | { kind: 'enterprise'; details: EnterpriseDetails; documents: SubmittedDocument[] };

export const REQUIRED_DOCUMENTS: Record<KycKind, DocumentType[]> = {
  personal: ['id_front', 'id_back'],
  enterprise: ['business_license'],
};

/**
 * Every field rule of SPEC §3 that needs no database: which fields the kind requires, GB 11643
 * resident IDs, GB 32100 credit codes, expiry dates, and which documents go with the kind.
 */
export function validateSubmission(
  input: VerificationInput,
  today: Date,
): { submission: ValidSubmission; issues: [] } | { submission: null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const report = (field: string, rule: FieldRule) => issues.push({ field, rule });
  const documents = checkDocuments(input, report);

  if (input.kind === 'personal') {
    const legalName = clean(input.legalName);
    if (!legalName) report('legalName', 'required');
    if (!input.idType) report('idType', 'required');
    const idType = input.idType ?? 'other';
    const idNumber = checkIdNumber('idNumber', idType, input.idNumber, today, report);
    if (input.idExpiry === undefined) report('idExpiry', 'required');
    else if (input.idExpiry === null && idType === 'passport')
      report('idExpiry', 'expiry_required');
    else if (input.idExpiry !== null && input.idExpiry <= isoDate(today))
      report('idExpiry', 'expired');
    if (issues.length > 0) return { submission: null, issues };
    return {
      submission: {
        kind: 'personal',
        details: { legalName, idType, idNumber, idExpiry: input.idExpiry ?? null },
        documents,
      },
      issues: [],
    };
  }

  const companyName = clean(input.companyName);
  if (!companyName) report('companyName', 'required');
  const country = (input.country ?? '').toUpperCase();
  if (!country) report('country', 'required');
  const registrationNumber = checkRegistrationNumber(country, input.registrationNumber, report);
  const representative = input.legalRepresentative;
  if (!representative) report('legalRepresentative', 'required');
  // A mainland company's legal representative normally holds a resident ID; say otherwise with
  // legalRepresentative.idType (a foreign representative's passport, for instance).
  const representativeIdType =
    representative?.idType ?? (country === 'CN' ? 'cn_resident_id' : 'other');
  const representativeIdNumber = representative
    ? checkIdNumber(
        'legalRepresentative.idNumber',
        representativeIdType,
        representative.idNumber,
        today,
        report,
      )
    : '';
  const registeredAddress = clean(input.registeredAddress);
  if (!registeredAddress) report('registeredAddress', 'required');
  const bankAccount = input.bankAccount
    ? {
        accountName: clean(input.bankAccount.accountName),
        bankName: clean(input.bankAccount.bankName),
        accountNumber: input.bankAccount.accountNumber.replace(/[\s-]+/g, '').toUpperCase(),
        branchName: clean(input.bankAccount.branchName) || null,
      }
    : null;
  if (bankAccount && !/^[0-9A-Z]{6,34}$/.test(bankAccount.accountNumber)) {
    report('bankAccount.accountNumber', 'account_number_format');
  }
  if (issues.length > 0) return { submission: null, issues };
  return {
    submission: {
      kind: 'enterprise',
      details: {
        companyName,
        country,
        registrationNumber,
        legalRepresentative: {
          name: clean(representative?.name),
          idType: representativeIdType,
          idNumber: representativeIdNumber,
        },
        registeredAddress,
        bankAccount,
      },
      documents,
    },
    issues: [],
  };
}

function checkIdNumber(
  field: string,
  idType: IdType,
  raw: string | undefined,
  today: Date,
  report: (field: string, rule: FieldRule) => void,
): string {
  if (!raw?.trim()) {
    report(field, 'required');
    return '';
  }
  if (idType === 'cn_resident_id') {
    const id = normaliseResidentId(raw);
    const problem = residentIdProblem(id, today);
    if (problem) report(field, `resident_id_${problem}`);
    return id;
  }
  const id = raw.replace(/\s+/g, '').toUpperCase();
  if (idType === 'passport' && !/^[0-9A-Z]{5,20}$/.test(id)) report(field, 'passport_format');
  if (idType === 'other' && !/^[0-9A-Z-]{4,40}$/.test(id)) report(field, 'id_number_format');
  return id;
}

function checkRegistrationNumber(
  country: string,
  raw: string | undefined,
  report: (field: string, rule: FieldRule) => void,
): string {
  if (!raw?.trim()) {
    report('registrationNumber', 'required');
    return '';
  }
  if (country === 'CN') {
    const code = normaliseCreditCode(raw);
    const problem = creditCodeProblem(code);
    if (problem) report('registrationNumber', `credit_code_${problem}`);
    return code;
  }
  const number = raw.trim().replace(/\s+/g, ' ');
  if (!/^[0-9A-Za-z][0-9A-Za-z ./-]{1,63}$/.test(number)) {
    report('registrationNumber', 'registration_number_format');
  }
  return number;
}

function checkDocuments(
  input: VerificationInput,
  report: (field: string, rule: FieldRule) => void,
): SubmittedDocument[] {
  const required = REQUIRED_DOCUMENTS[input.kind];
  const seen = new Set<DocumentType>();
  for (const document of input.documents) {
    const field = `documents.${document.type}`;
    if (!required.includes(document.type)) report(field, 'not_applicable');
    else if (seen.has(document.type)) report(field, 'duplicate');
    seen.add(document.type);
  }
  for (const type of required) if (!seen.has(type)) report(`documents.${type}`, 'required');
  return required.flatMap((type) => {
    const document = input.documents.find((candidate) => candidate.type === type);
    return document ? [{ type, uploadId: document.uploadId }] : [];
  });
}

/**
 * Trimmed, inner spaces collapsed, otherwise exactly as written: a legal name must match the
 * licence, and Chinese company names use full-width brackets （） that NFKC would rewrite.
 * Comparisons (e.g. with the account's real name) fold NFKC themselves.
 */
function clean(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ');
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
