import type { Locale } from '../../i18n/locale.ts';
import type { EmailContent } from '../../notifications/email-layout.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import {
  defineEmailTemplates,
  defineSmsTemplates,
  type TemplateContext,
} from '../../notifications/templates.ts';
import { fieldLabel } from './fields.ts';
import { reasonLabel, reasonText } from './reasons.ts';
import type { KycKind } from './schema.ts';

export interface DecisionMailData {
  kind: KycKind;
  /** Legal or company name as submitted. */
  name: string;
  /** `note` is what the reviewer wrote about that field (absent in mail queued before it existed). */
  reasons: { code: string; field: string | null; note?: string | null }[];
  note: string | null;
}

export interface ExpiryMailData {
  name: string;
  /** YYYY-MM-DD */
  expiresOn: string;
}

/** One line per reason: the field, the reason, and what the reviewer wrote about it. */
function reasonLines(data: DecisionMailData, locale: Locale): string[] {
  return data.reasons.map((reason) => {
    const label = reasonText(reason, locale);
    const colon = locale === 'zh-CN' ? '：' : ': ';
    return reason.field
      ? `• ${fieldLabel(data.kind, reason.field, locale)}${colon}${label}`
      : `• ${label}`;
  });
}

function noteLine(data: DecisionMailData, locale: Locale): string[] {
  if (!data.note) return [];
  return [locale === 'zh-CN' ? `审核备注：${data.note}` : `Reviewer's note: ${data.note}`];
}

function verificationLink(locale: Locale, { publicUrl }: TemplateContext) {
  return {
    label: locale === 'zh-CN' ? '查看实名认证' : 'Open your verification',
    url: `${publicUrl}/verification`,
  };
}

export const kycEmailTemplates = defineEmailTemplates({
  'kyc.approved': (locale, data: DecisionMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: '开店：实名认证已通过',
          heading: '您的实名认证已通过',
          paragraphs: [
            `${data.name} 的实名认证已审核通过，您的店铺将显示“已认证”标识。`,
            '已认证的信息已锁定；如需修改，提交后将重新审核，审核期间原认证继续有效。',
          ],
          action: verificationLink(locale, context),
        }
      : {
          subject: 'Kaidian: your verification is approved',
          heading: 'Your identity is verified',
          paragraphs: [
            `The verification of ${data.name} has been approved. Your store now shows the verified badge.`,
            'Verified details are locked; changing them starts a new review, and your current verification stays valid meanwhile.',
          ],
          action: verificationLink(locale, context),
        },

  'kyc.rejected': (locale, data: DecisionMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: '开店：实名认证未通过',
          heading: '您的实名认证未通过',
          paragraphs: [
            `${data.name} 的实名认证未通过审核，原因如下：`,
            ...reasonLines(data, locale),
            ...noteLine(data, locale),
            '您可以修改后重新提交。',
          ],
          action: verificationLink(locale, context),
        }
      : {
          subject: 'Kaidian: your verification was not approved',
          heading: 'Your verification was not approved',
          paragraphs: [
            `The verification of ${data.name} was not approved, for these reasons:`,
            ...reasonLines(data, locale),
            ...noteLine(data, locale),
            'You can correct it and submit it again.',
          ],
          action: verificationLink(locale, context),
        },

  'kyc.changes_requested': (locale, data: DecisionMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: '开店：实名认证需要修改',
          heading: '请修改您的实名认证信息',
          paragraphs: [
            `审核人员请您修改 ${data.name} 的以下认证信息：`,
            ...reasonLines(data, locale),
            ...noteLine(data, locale),
            '修改后重新提交即可再次审核。',
          ],
          action: verificationLink(locale, context),
        }
      : {
          subject: 'Kaidian: please update your verification',
          heading: 'Some details need changing',
          paragraphs: [
            `The reviewer asks you to change these details of the verification of ${data.name}:`,
            ...reasonLines(data, locale),
            ...noteLine(data, locale),
            'Submit it again once they are corrected and it will be reviewed again.',
          ],
          action: verificationLink(locale, context),
        },

  'kyc.expiry_reminder': (locale, data: ExpiryMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: '开店：认证证件即将到期',
          heading: '您的认证证件即将到期',
          paragraphs: [
            `${data.name} 用于实名认证的证件将于 ${data.expiresOn} 到期。`,
            '请在到期前上传新的证件并重新提交认证，以免影响店铺经营。',
          ],
          action: verificationLink(locale, context),
        }
      : {
          subject: 'Kaidian: your verified ID expires soon',
          heading: 'Your ID document expires soon',
          paragraphs: [
            `The ID document used to verify ${data.name} expires on ${data.expiresOn}.`,
            'Please upload the new document and submit your verification again before then, so your store is not affected.',
          ],
          action: verificationLink(locale, context),
        },
});

export const kycSmsTemplates = defineSmsTemplates({
  'kyc.approved': (locale) =>
    locale === 'zh-CN'
      ? '【开店】您的实名认证已通过。'
      : '[Kaidian] Your verification is approved.',
  'kyc.rejected': (locale, data: DecisionMailData) =>
    locale === 'zh-CN'
      ? `【开店】您的实名认证未通过：${data.reasons.map((r) => reasonText(r, locale)).join('；')}。请登录修改后重新提交。`
      : `[Kaidian] Your verification was not approved: ${data.reasons.map((r) => reasonText(r, locale)).join('; ')}. Sign in to correct and resubmit.`,
  'kyc.changes_requested': (locale, data: DecisionMailData) =>
    locale === 'zh-CN'
      ? `【开店】请修改实名认证信息：${data.reasons.map((r) => (r.field ? fieldLabel(data.kind, r.field, locale) : reasonLabel(r.code, locale))).join('、')}。`
      : `[Kaidian] Please update your verification: ${data.reasons.map((r) => (r.field ? fieldLabel(data.kind, r.field, locale) : reasonLabel(r.code, locale))).join(', ')}.`,
  'kyc.expiry_reminder': (locale, data: ExpiryMailData) =>
    locale === 'zh-CN'
      ? `【开店】您用于实名认证的证件将于 ${data.expiresOn} 到期，请及时重新认证。`
      : `[Kaidian] Your verified ID expires on ${data.expiresOn}. Please verify again before then.`,
});

export const kycNotifications = { email: kycEmailTemplates, sms: kycSmsTemplates };
export const { queueEmail, queueSms } = notificationQueue(kycNotifications);
