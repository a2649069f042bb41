import type { Locale } from '../../i18n/locale.ts';
import type { EmailContent } from '../../notifications/email-layout.ts';
import { notificationText } from '../../notifications/messages.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import {
  defineEmailTemplates,
  defineSmsTemplates,
  type TemplateContext,
} from '../../notifications/templates.ts';
import { fieldLabel } from './fields.ts';
import { kycNotificationMessages } from './notification-messages.ts';
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

const text = notificationText(kycNotificationMessages);

/** One line per reason: the field, the reason, and what the reviewer wrote about it. */
function reasonLines(data: DecisionMailData, locale: Locale): string[] {
  return data.reasons.map((reason) => {
    const label = reasonText(reason, locale);
    return reason.field
      ? text(locale, 'kyc.reasonLine.field', {
          field: fieldLabel(data.kind, reason.field, locale),
          reason: label,
        })
      : text(locale, 'kyc.reasonLine', { reason: label });
  });
}

function noteLine(data: DecisionMailData, locale: Locale): string[] {
  return data.note ? [text(locale, 'kyc.note', { note: data.note })] : [];
}

function verificationLink(locale: Locale, { publicUrl }: TemplateContext) {
  return { label: text(locale, 'kyc.action'), url: `${publicUrl}/verification` };
}

/** A decision that needs the merchant to act: what it is about, the reasons, what to do next. */
function decisionMail(decision: 'kyc.rejected' | 'kyc.changes_requested') {
  return (locale: Locale, data: DecisionMailData, context: TemplateContext): EmailContent => ({
    subject: text(locale, `${decision}.subject`),
    heading: text(locale, `${decision}.heading`),
    paragraphs: [
      text(locale, `${decision}.lead`, { name: data.name }),
      ...reasonLines(data, locale),
      ...noteLine(data, locale),
      text(locale, `${decision}.retry`),
    ],
    action: verificationLink(locale, context),
  });
}

export const kycEmailTemplates = defineEmailTemplates({
  'kyc.approved': (locale, data: DecisionMailData, context): EmailContent => ({
    subject: text(locale, 'kyc.approved.subject'),
    heading: text(locale, 'kyc.approved.heading'),
    paragraphs: [
      text(locale, 'kyc.approved.body', { name: data.name }),
      text(locale, 'kyc.approved.locked'),
    ],
    action: verificationLink(locale, context),
  }),
  'kyc.rejected': decisionMail('kyc.rejected'),
  'kyc.changes_requested': decisionMail('kyc.changes_requested'),
  'kyc.expiry_reminder': (locale, data: ExpiryMailData, context): EmailContent => ({
    subject: text(locale, 'kyc.expiry_reminder.subject'),
    heading: text(locale, 'kyc.expiry_reminder.heading'),
    paragraphs: [
      text(locale, 'kyc.expiry_reminder.body', data),
      text(locale, 'kyc.expiry_reminder.renew'),
    ],
    action: verificationLink(locale, context),
  }),
});

export const kycSmsTemplates = defineSmsTemplates({
  'kyc.approved': (locale) => text(locale, 'kyc.approved.sms'),
  'kyc.rejected': (locale, data: DecisionMailData) =>
    text(locale, 'kyc.rejected.sms', {
      reasons: data.reasons
        .map((reason) => reasonText(reason, locale))
        .join(text(locale, 'kyc.sms.reasonSeparator')),
    }),
  'kyc.changes_requested': (locale, data: DecisionMailData) =>
    text(locale, 'kyc.changes_requested.sms', {
      fields: data.reasons
        .map((reason) =>
          reason.field
            ? fieldLabel(data.kind, reason.field, locale)
            : reasonLabel(reason.code, locale),
        )
        .join(text(locale, 'kyc.sms.fieldSeparator')),
    }),
  'kyc.expiry_reminder': (locale, data: ExpiryMailData) =>
    text(locale, 'kyc.expiry_reminder.sms', data),
});

export const kycNotifications = { email: kycEmailTemplates, sms: kycSmsTemplates };
export const { queueEmail, queueSms } = notificationQueue(kycNotifications);
