import type { Locale } from '../../i18n/locale.ts';

/**
 * A reason a reviewer gives: a catalogue code, for a request for changes the field, and the
 * reviewer's own words about it (required when the code is "other": a reason they wrote).
 */
export interface DecisionReason {
  code: ReasonCode;
  field?: string | undefined;
  note?: string | undefined;
}

/** How long the reviewer's words about one field may be. */
export const REASON_NOTE_MAX_LENGTH = 500;

type Label = Record<Locale, string>;

/** Reason codes reviewers pick from; the merchant sees the label in their language. */
export const REASON_CATALOGUE = {
  document_unreadable: {
    en: 'The document photo is blurred, dark or unreadable',
    'zh-CN': '证件照片模糊、过暗或无法辨认',
  },
  document_incomplete: {
    en: 'The document is cropped or partly covered',
    'zh-CN': '证件照片不完整或有遮挡',
  },
  document_expired: { en: 'The document has expired', 'zh-CN': '证件已过期' },
  document_altered: {
    en: 'The document appears to have been altered',
    'zh-CN': '证件疑似经过修改',
  },
  name_mismatch: {
    en: 'The name does not match the document',
    'zh-CN': '姓名与证件不一致',
  },
  id_number_invalid: {
    en: 'The ID number does not match the document',
    'zh-CN': '证件号码与证件不一致',
  },
  licence_mismatch: {
    en: 'The business licence does not match the company details',
    'zh-CN': '营业执照与企业信息不一致',
  },
  address_mismatch: {
    en: 'The registered address does not match the business licence',
    'zh-CN': '注册地址与营业执照不一致',
  },
  document_wrong: {
    en: 'This is not the document asked for here',
    'zh-CN': '上传的不是此处要求的证件',
  },
  id_type_mismatch: {
    en: 'The ID type does not match the document',
    'zh-CN': '证件类型与上传的证件不一致',
  },
  expiry_mismatch: {
    en: 'The expiry date does not match the document',
    'zh-CN': '有效期与证件上的日期不一致',
  },
  country_mismatch: {
    en: 'The country of registration does not match the business licence',
    'zh-CN': '注册国家或地区与营业执照不一致',
  },
  registration_number_mismatch: {
    en: 'The registration number does not match the business licence',
    'zh-CN': '注册号与营业执照不一致',
  },
  bank_account_mismatch: {
    en: "The bank account is not in the company's name",
    'zh-CN': '银行账户户名与企业名称不一致',
  },
  other: { en: 'Other (see the note)', 'zh-CN': '其他（见备注）' },
} as const satisfies Record<string, Label>;

export type ReasonCode = keyof typeof REASON_CATALOGUE;
export const REASON_CODES = Object.keys(REASON_CATALOGUE) as ReasonCode[];

const PHOTO_REASONS = [
  'document_unreadable',
  'document_incomplete',
  'document_wrong',
  'document_expired',
  'document_altered',
  'other',
] as const satisfies readonly ReasonCode[];

/**
 * The reasons that fit each field a request for changes can name, in the order a reviewer is
 * offered them. "other" is the reviewer writing their own reason.
 */
export const FIELD_REASONS: Record<string, readonly ReasonCode[]> = {
  legalName: ['name_mismatch', 'other'],
  idType: ['id_type_mismatch', 'other'],
  idNumber: ['id_number_invalid', 'other'],
  idExpiry: ['expiry_mismatch', 'document_expired', 'other'],
  'documents.id_front': PHOTO_REASONS,
  'documents.id_back': PHOTO_REASONS,
  companyName: ['name_mismatch', 'licence_mismatch', 'other'],
  country: ['country_mismatch', 'other'],
  registrationNumber: ['registration_number_mismatch', 'other'],
  'legalRepresentative.name': ['name_mismatch', 'other'],
  'legalRepresentative.idNumber': ['id_number_invalid', 'other'],
  registeredAddress: ['address_mismatch', 'other'],
  bankAccount: ['bank_account_mismatch', 'other'],
  'documents.business_license': [...PHOTO_REASONS.slice(0, -1), 'licence_mismatch', 'other'],
};

export function fitsField(code: ReasonCode, field: string): boolean {
  return FIELD_REASONS[field]?.includes(code) ?? false;
}

export function reasonLabel(code: string, locale: Locale): string {
  return (REASON_CATALOGUE as Record<string, Label>)[code]?.[locale] ?? code;
}

/**
 * A reason as one phrase: the catalogue's label and the reviewer's words about it; a reason the
 * reviewer wrote themselves ("other" with a note) is just their words.
 */
export function reasonText(
  reason: { code: string; note?: string | null | undefined },
  locale: Locale,
): string {
  if (!reason.note) return reasonLabel(reason.code, locale);
  if (reason.code === 'other') return reason.note;
  return `${reasonLabel(reason.code, locale)}${locale === 'zh-CN' ? '。' : ' — '}${reason.note}`;
}
