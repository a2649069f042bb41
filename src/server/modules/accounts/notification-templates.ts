import type { Locale } from '../../i18n/locale.ts';
import type { EmailContent } from '../../notifications/email-layout.ts';
import { notificationText } from '../../notifications/messages.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import { defineEmailTemplates, defineSmsTemplates } from '../../notifications/templates.ts';
import { accountNotificationMessages } from './notification-messages.ts';

const text = notificationText(accountNotificationMessages);

interface CodeData {
  code: string;
  minutes: number;
}

/** The topics that send a one-time code; each has its own subject, heading and lead. */
type CodeTopic =
  | 'accounts.signup_code'
  | 'accounts.login_code'
  | 'accounts.reset_code'
  | 'accounts.change_contact_code'
  | 'accounts.reauth_code';

function codeEmail(topic: CodeTopic) {
  return (locale: Locale, data: CodeData): EmailContent => ({
    subject: text(locale, `${topic}.subject`),
    heading: text(locale, `${topic}.heading`),
    paragraphs: [
      text(locale, `${topic}.lead`),
      text(locale, 'accounts.code.valid', { minutes: data.minutes }),
    ],
    code: data.code,
    footnote: text(locale, 'accounts.code.neverShare'),
  });
}

function codeSms(topic: CodeTopic) {
  return (locale: Locale, data: CodeData): string =>
    text(locale, 'accounts.code.sms', {
      lead: text(locale, `${topic}.smsLead`),
      code: data.code,
      minutes: data.minutes,
    });
}

interface AttemptData {
  channel: 'email' | 'phone';
}

interface PasswordChangedData {
  /** ISO 8601, UTC. */
  at: string;
}

interface PasswordSignInPausedData {
  /** When password sign-in resumes; ISO 8601, UTC. */
  until: string;
  /** The account has a verified phone, so it can sign in with an SMS code meanwhile. */
  canUseSms: boolean;
}

interface ContactChangedData {
  kind: 'email' | 'phone';
  /** changed: this was the old address; added: the account had none of this kind before. */
  change: 'changed' | 'added';
  /** The new address, masked. */
  newAddress: string;
  at: string;
}

const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** What a contact change mail says about the address: its kind in words, when, and the new one. */
const contactValues = (locale: Locale, data: ContactChangedData) => ({
  noun: text(locale, 'accounts.contact.noun', { kind: data.kind }),
  change: data.change,
  newAddress: data.newAddress,
  at: when(data.at),
});

const resetPassword = (locale: Locale, publicUrl: string) => ({
  label: text(locale, 'accounts.action.resetPassword'),
  url: `${publicUrl}/forgot-password`,
});

export const accountEmailTemplates = defineEmailTemplates({
  'accounts.signup_code': codeEmail('accounts.signup_code'),
  'accounts.login_code': codeEmail('accounts.login_code'),
  'accounts.reset_code': codeEmail('accounts.reset_code'),
  'accounts.change_contact_code': codeEmail('accounts.change_contact_code'),
  'accounts.reauth_code': codeEmail('accounts.reauth_code'),
  'accounts.signup_attempt': (locale, _data: AttemptData, { publicUrl }) => ({
    subject: text(locale, 'accounts.signup_attempt.subject'),
    heading: text(locale, 'accounts.signup_attempt.heading'),
    paragraphs: [
      text(locale, 'accounts.signup_attempt.body'),
      text(locale, 'accounts.signup_attempt.signIn'),
    ],
    action: { label: text(locale, 'accounts.action.signIn'), url: `${publicUrl}/login` },
    footnote: text(locale, 'accounts.signup_attempt.footnote'),
  }),
  'accounts.contact_claim_attempt': (locale, _data: AttemptData) => ({
    subject: text(locale, 'accounts.contact_claim_attempt.subject'),
    heading: text(locale, 'accounts.contact_claim_attempt.heading'),
    paragraphs: [text(locale, 'accounts.contact_claim_attempt.body')],
    footnote: text(locale, 'accounts.contact_claim_attempt.footnote'),
  }),
  'accounts.password_changed': (locale, data: PasswordChangedData, { publicUrl }) => ({
    subject: text(locale, 'accounts.password_changed.subject'),
    heading: text(locale, 'accounts.password_changed.heading'),
    paragraphs: [
      text(locale, 'accounts.password_changed.body', { at: when(data.at) }),
      text(locale, 'accounts.password_changed.check'),
    ],
    action: resetPassword(locale, publicUrl),
  }),
  'accounts.password_sign_in_paused': (locale, data: PasswordSignInPausedData, { publicUrl }) => ({
    subject: text(locale, 'accounts.password_sign_in_paused.subject'),
    heading: text(locale, 'accounts.password_sign_in_paused.heading'),
    paragraphs: [
      text(locale, 'accounts.password_sign_in_paused.body', { until: when(data.until) }),
      text(
        locale,
        data.canUseSms
          ? 'accounts.password_sign_in_paused.withSms'
          : 'accounts.password_sign_in_paused.withoutSms',
      ),
      text(locale, 'accounts.password_sign_in_paused.notYou'),
    ],
    action: resetPassword(locale, publicUrl),
    footnote: text(locale, 'accounts.password_sign_in_paused.footnote'),
  }),
  'accounts.contact_changed': (locale, data: ContactChangedData, { publicUrl }) => {
    const values = contactValues(locale, data);
    return {
      subject: text(locale, 'accounts.contact_changed.subject', values),
      heading: text(locale, 'accounts.contact_changed.heading', values),
      paragraphs: [
        text(
          locale,
          data.change === 'changed'
            ? 'accounts.contact_changed.changed'
            : 'accounts.contact_changed.added',
          values,
        ),
        text(locale, 'accounts.contact_changed.notYou'),
      ],
      action: resetPassword(locale, publicUrl),
    };
  },
});

export const accountSmsTemplates = defineSmsTemplates({
  'accounts.signup_code': codeSms('accounts.signup_code'),
  'accounts.login_code': codeSms('accounts.login_code'),
  'accounts.reset_code': codeSms('accounts.reset_code'),
  'accounts.change_contact_code': codeSms('accounts.change_contact_code'),
  'accounts.reauth_code': codeSms('accounts.reauth_code'),
  'accounts.signup_attempt': (locale, _data: AttemptData) =>
    text(locale, 'accounts.signup_attempt.sms'),
  'accounts.contact_claim_attempt': (locale, _data: AttemptData) =>
    text(locale, 'accounts.contact_claim_attempt.sms'),
  'accounts.password_changed': (locale, data: PasswordChangedData) =>
    text(locale, 'accounts.password_changed.sms', { at: when(data.at) }),
  'accounts.password_sign_in_paused': (locale, data: PasswordSignInPausedData) =>
    text(locale, 'accounts.password_sign_in_paused.sms', { until: when(data.until) }),
  'accounts.contact_changed': (locale, data: ContactChangedData) =>
    text(
      locale,
      data.change === 'changed'
        ? 'accounts.contact_changed.changedSms'
        : 'accounts.contact_changed.addedSms',
      contactValues(locale, data),
    ),
});

export const accountNotifications = { email: accountEmailTemplates, sms: accountSmsTemplates };
export const { queueEmail, queueSms } = notificationQueue(accountNotifications);
