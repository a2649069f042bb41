import type { Locale } from '../../i18n/locale.ts';

/** A reason a reviewer gives: a catalogue code and, for a request for changes, the field. */
export interface DecisionReason {
  code: ReasonCode;
  field?: string | undefined;
}

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
  other: { en: 'Other (see the note)', 'zh-CN': '其他（见备注）' },
} as const satisfies Record<string, Label>;

export type ReasonCode = keyof typeof REASON_CATALOGUE;
export const REASON_CODES = Object.keys(REASON_CATALOGUE) as ReasonCode[];

export function reasonLabel(code: string, locale: Locale): string {
  return (REASON_CATALOGUE as Record<string, Label>)[code]?.[locale] ?? code;
}
