import { AppError, type FieldProblem } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';

/** A problem with one submitted field, before it is put into words. */
export interface FieldIssue {
  field: string;
  rule: FieldRule;
}

const MESSAGES = {
  en: {
    required: 'is required',
    resident_id_format: 'must be 18 characters: 17 digits and then a digit or X',
    resident_id_region: 'does not start with a valid region code',
    resident_id_birth_date: 'contains a birth date that does not exist',
    resident_id_check_digit: 'is not a valid ID number (the check digit does not match)',
    credit_code_format: 'must be 18 digits and capital letters (without I, O, S, V or Z)',
    credit_code_check_character:
      'is not a valid unified social credit code (the check character does not match)',
    passport_format: 'must be 5 to 20 letters and digits',
    id_number_format: 'must be 4 to 40 letters, digits or hyphens',
    registration_number_format: 'must be 2 to 64 letters, digits, spaces, hyphens, dots or slashes',
    account_number_format: 'must be 6 to 34 letters and digits',
    expired: 'has already passed',
    expiry_required: 'is required for a passport',
    duplicate: 'is given more than once',
    not_applicable: 'does not belong to this kind of verification',
    not_found: 'is not one of your uploads',
    wrong_purpose: 'was not uploaded as a verification document',
    pdf_not_allowed: 'must be a photo (JPEG, PNG or WebP); PDF is accepted only for licences',
    reasons_required: 'needs at least one reason',
    field_required: 'must name the field to change',
    unknown_field: 'is not a field of this verification',
    note_required: 'must explain the reason "other"',
    reason_not_for_field: 'is not a reason that fits this field',
    unchanged: 'has not been changed since the reviewer asked for a change',
  },
  'zh-CN': {
    required: '为必填项',
    resident_id_format: '应为 18 位：前 17 位为数字，最后一位为数字或 X',
    resident_id_region: '开头的行政区划代码无效',
    resident_id_birth_date: '包含的出生日期不存在',
    resident_id_check_digit: '不是有效的身份证号码（校验码不符）',
    credit_code_format: '应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
    credit_code_check_character: '不是有效的统一社会信用代码（校验码不符）',
    passport_format: '应为 5 到 20 位字母或数字',
    id_number_format: '应为 4 到 40 位字母、数字或连字符',
    registration_number_format: '应为 2 到 64 位字母、数字、空格、连字符、点或斜杠',
    account_number_format: '应为 6 到 34 位字母或数字',
    expired: '已过期',
    expiry_required: '护照必须填写有效期',
    duplicate: '重复提交',
    not_applicable: '不属于此类认证',
    not_found: '不是您上传的文件',
    wrong_purpose: '不是作为认证材料上传的',
    pdf_not_allowed: '须为照片（JPEG、PNG 或 WebP），仅营业执照可使用 PDF',
    reasons_required: '至少需要一个原因',
    field_required: '须指明需要修改的字段',
    unknown_field: '不是此认证的字段',
    note_required: '选择“其他”时须在备注中说明',
    reason_not_for_field: '不适用于此字段',
    unchanged: '尚未按审核意见修改',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type FieldRule = keyof (typeof MESSAGES)['en'];

export function describeIssues(issues: FieldIssue[], locale: Locale): FieldProblem[] {
  return issues.map((issue) => ({
    field: issue.field,
    rule: issue.rule,
    message: MESSAGES[locale][issue.rule],
  }));
}

/** The same shape as schema validation errors, so a form marks these fields the same way. */
export function invalidFields(issues: FieldIssue[], locale: Locale): AppError {
  return new AppError('validation.failed', describeIssues(issues, locale), {
    fields: issues.map((issue) => issue.field).join(', '),
  });
}

export function invalidDocuments(issues: FieldIssue[], locale: Locale): AppError {
  return new AppError('kyc.document_invalid', describeIssues(issues, locale), {
    fields: issues.map((issue) => issue.field).join(', '),
  });
}
