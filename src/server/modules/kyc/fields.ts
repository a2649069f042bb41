import type { Locale } from '../../i18n/locale.ts';
import type { KycKind } from './schema.ts';

type Label = Record<Locale, string>;

/**
 * The fields of each kind of submission, named as the API names them; a request for changes
 * points at these, and e-mails show their labels.
 */
export const KYC_FIELDS = {
  personal: {
    legalName: { en: 'Legal name', 'zh-CN': '真实姓名' },
    idType: { en: 'ID type', 'zh-CN': '证件类型' },
    idNumber: { en: 'ID number', 'zh-CN': '证件号码' },
    idExpiry: { en: 'ID expiry date', 'zh-CN': '证件有效期' },
    'documents.id_front': { en: 'ID photo (front)', 'zh-CN': '证件照片（正面）' },
    'documents.id_back': { en: 'ID photo (back)', 'zh-CN': '证件照片（背面）' },
  },
  enterprise: {
    companyName: { en: 'Company name', 'zh-CN': '企业名称' },
    country: { en: 'Country of registration', 'zh-CN': '注册国家或地区' },
    registrationNumber: { en: 'Registration number', 'zh-CN': '注册号 / 统一社会信用代码' },
    'legalRepresentative.name': { en: "Legal representative's name", 'zh-CN': '法定代表人姓名' },
    'legalRepresentative.idNumber': {
      en: "Legal representative's ID number",
      'zh-CN': '法定代表人证件号码',
    },
    registeredAddress: { en: 'Registered address', 'zh-CN': '注册地址' },
    bankAccount: { en: 'Corporate bank account', 'zh-CN': '对公银行账户' },
    'documents.business_license': { en: 'Business licence', 'zh-CN': '营业执照' },
  },
} as const satisfies Record<KycKind, Record<string, Label>>;

export function isKycField(kind: KycKind, field: string): boolean {
  return field in KYC_FIELDS[kind];
}

export function fieldLabel(kind: KycKind, field: string, locale: Locale): string {
  return (KYC_FIELDS[kind] as Record<string, Label>)[field]?.[locale] ?? field;
}
