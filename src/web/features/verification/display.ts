import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import type {
  DecisionReason,
  DocumentType,
  IdType,
  Verification,
  VerificationField,
  VerificationKind,
  VerificationStatus,
} from './types';

export const fieldLabels: Record<VerificationField, MessageKey> = {
  legalName: 'verification.field.legalName',
  idType: 'verification.field.idType',
  idNumber: 'verification.field.idNumber',
  idExpiry: 'verification.field.idExpiry',
  'documents.id_front': 'verification.document.id_front',
  'documents.id_back': 'verification.document.id_back',
  companyName: 'verification.field.companyName',
  country: 'verification.field.country',
  registrationNumber: 'verification.field.registrationNumber',
  'legalRepresentative.name': 'verification.field.representativeName',
  'legalRepresentative.idNumber': 'verification.field.representativeIdNumber',
  registeredAddress: 'verification.field.registeredAddress',
  bankAccount: 'verification.field.bankAccount',
  'documents.business_license': 'verification.document.business_license',
};

export const documentLabels: Record<DocumentType, MessageKey> = {
  id_front: 'verification.document.id_front',
  id_back: 'verification.document.id_back',
  business_license: 'verification.document.business_license',
};

export const idTypeLabels: Record<IdType, MessageKey> = {
  cn_resident_id: 'verification.idType.cn_resident_id',
  passport: 'verification.idType.passport',
  other: 'verification.idType.other',
};

export const kindLabels: Record<VerificationKind, MessageKey> = {
  personal: 'verification.kind.personal',
  enterprise: 'verification.kind.enterprise',
};

export const statusLabels: Record<VerificationStatus, MessageKey> = {
  draft: 'verification.status.draft',
  pending: 'verification.status.pending',
  approved: 'verification.status.approved',
  rejected: 'verification.status.rejected',
  changes_requested: 'verification.status.changes_requested',
};

/** The badge colour of each status (the status classes of ui.css). */
export const statusTones: Record<VerificationStatus, string> = {
  draft: 'status--muted',
  pending: 'status--warn',
  approved: 'status--ok',
  rejected: 'status--danger',
  changes_requested: 'status--info',
};

export function isVerificationField(value: string): value is VerificationField {
  return value in fieldLabels;
}

/** Regions named the platform's way rather than the browser's (as in the phone field). */
const namedRegions: Record<string, MessageKey> = {
  CN: 'ui.region.CN',
  HK: 'ui.region.HK',
  MO: 'ui.region.MO',
  TW: 'ui.region.TW',
};

export function countryName(code: string, language: Language, t: Translate): string {
  const named = namedRegions[code];
  if (named) return t(named);
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A calendar date (YYYY-MM-DD) as it is, whatever the viewer's time zone. */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The value of one submitted field as a reviewer or the merchant reads it ('' when absent). */
export function fieldValue(
  view: Partial<Verification>,
  field: VerificationField,
  language: Language,
  t: Translate,
): string {
  switch (field) {
    case 'legalName':
      return view.legalName ?? '';
    case 'idType':
      return view.idType ? t(idTypeLabels[view.idType]) : '';
    case 'idNumber':
      return view.idNumber ?? '';
    case 'idExpiry':
      if (view.idExpiry === undefined) return '';
      return view.idExpiry === null
        ? t('verification.longTerm')
        : formatDate(view.idExpiry, language);
    case 'companyName':
      return view.companyName ?? '';
    case 'country':
      return view.country ? `${countryName(view.country, language, t)} (${view.country})` : '';
    case 'registrationNumber':
      return view.registrationNumber ?? '';
    case 'legalRepresentative.name':
      return view.legalRepresentative?.name ?? '';
    case 'legalRepresentative.idNumber': {
      const representative = view.legalRepresentative;
      if (!representative) return '';
      return `${representative.idNumber} · ${t(idTypeLabels[representative.idType])}`;
    }
    case 'registeredAddress':
      return view.registeredAddress ?? '';
    case 'bankAccount': {
      const account = view.bankAccount;
      if (!account) return '';
      return [account.accountName, account.bankName, account.branchName, account.accountNumber]
        .filter(Boolean)
        .join(' · ');
    }
    case 'documents.id_front':
    case 'documents.id_back':
    case 'documents.business_license': {
      const type = field.slice('documents.'.length);
      return view.documents?.some((document) => document.type === type)
        ? t('verification.documentAttached')
        : '';
    }
  }
}

/**
 * A reviewer's reason as the merchant reads it: the reason and the reviewer's note on it, or
 * just their words when they wrote the reason themselves.
 */
export function reasonText(reason: DecisionReason, t: Translate): string {
  if (!reason.note) return reason.label;
  if (reason.code === 'other') return reason.note;
  return t('verification.reasonWithNote', { reason: reason.label, note: reason.note });
}

/**
 * A field problem from the server reads as a predicate ("is required", "为必填项"); beside the
 * field it is said with the field's name, so it reads as a sentence in either language.
 */
export function fieldSentence(label: string, problem: string, t: Translate): string {
  return t('verification.fieldProblem', { label, problem });
}
