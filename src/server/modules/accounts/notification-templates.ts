import { formatMessage } from '../../../shared/i18n/format-message.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { EmailContent } from '../../notifications/email-layout.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import { defineEmailTemplates, defineSmsTemplates } from '../../notifications/templates.ts';

type Text = Record<Locale, string>;

interface CodeData {
  code: string;
  minutes: number;
}

interface CodeWording {
  subject: Text;
  heading: Text;
  lead: Text;
  sms: Text;
}

const NEVER_SHARE: Text = {
  en: 'Never share this code. Kaidian staff will never ask you for it.',
  'zh-CN': '请勿将验证码告诉任何人，开店工作人员不会向您索要验证码。',
};

const codeWording = {
  signup: {
    subject: { en: 'Your Kaidian sign-up code', 'zh-CN': '开店注册验证码' },
    heading: { en: 'Finish signing up', 'zh-CN': '完成注册' },
    lead: {
      en: 'Enter this code to create your Kaidian account. If you did not sign up, ignore this message: no account is created without the code.',
      'zh-CN':
        '输入以下验证码即可创建开店账户。如果不是您本人操作，请忽略本消息：没有验证码不会创建账户。',
    },
    sms: { en: 'Your sign-up code is', 'zh-CN': '您的注册验证码是' },
  },
  login: {
    subject: { en: 'Your Kaidian sign-in code', 'zh-CN': '开店登录验证码' },
    heading: { en: 'Sign in to Kaidian', 'zh-CN': '登录开店' },
    lead: {
      en: 'Enter this code to sign in. If you did not try to sign in, someone may know your number; you can ignore this message.',
      'zh-CN': '输入以下验证码即可登录。如果不是您本人操作，请忽略本消息。',
    },
    sms: { en: 'Your sign-in code is', 'zh-CN': '您的登录验证码是' },
  },
  reset: {
    subject: { en: 'Your Kaidian password reset code', 'zh-CN': '开店重置密码验证码' },
    heading: { en: 'Reset your password', 'zh-CN': '重置密码' },
    lead: {
      en: 'Enter this code to choose a new password. If you did not ask for it, ignore this message: your password stays as it is.',
      'zh-CN': '输入以下验证码即可设置新密码。如果不是您本人操作，请忽略本消息，您的密码不会改变。',
    },
    sms: { en: 'Your password reset code is', 'zh-CN': '您的重置密码验证码是' },
  },
  change_contact: {
    subject: { en: 'Confirm your new Kaidian contact', 'zh-CN': '确认开店账户的新联系方式' },
    heading: { en: 'Confirm this address', 'zh-CN': '确认该联系方式' },
    lead: {
      en: 'Enter this code to add this address to your Kaidian account. If you did not ask for it, ignore this message.',
      'zh-CN':
        '输入以下验证码即可将此联系方式绑定到您的开店账户。如果不是您本人操作，请忽略本消息。',
    },
    sms: { en: 'Your code to confirm this number is', 'zh-CN': '您绑定此手机号的验证码是' },
  },
  reauth: {
    subject: { en: 'Your Kaidian security code', 'zh-CN': '开店安全验证码' },
    heading: { en: 'Confirm it is you', 'zh-CN': '确认是您本人' },
    lead: {
      en: 'Enter this code to confirm a change to your account. If you did not ask for it, change your password.',
      'zh-CN': '输入以下验证码以确认账户变更。如果不是您本人操作，请修改密码。',
    },
    sms: { en: 'Your security code is', 'zh-CN': '您的安全验证码是' },
  },
} satisfies Record<string, CodeWording>;

function codeEmail(wording: CodeWording) {
  return (locale: Locale, data: CodeData): EmailContent => ({
    subject: wording.subject[locale],
    heading: wording.heading[locale],
    paragraphs: [
      wording.lead[locale],
      locale === 'zh-CN'
        ? `验证码 ${data.minutes} 分钟内有效，只能使用一次。`
        : formatMessage(
            'The code is valid for {minutes, plural, one {# minute} other {# minutes}} and works once.',
            { minutes: data.minutes },
          ),
    ],
    code: data.code,
    footnote: NEVER_SHARE[locale],
  });
}

function codeSms(wording: CodeWording) {
  return (locale: Locale, data: CodeData): string =>
    locale === 'zh-CN'
      ? `【开店】${wording.sms[locale]} ${data.code}，${data.minutes} 分钟内有效。请勿告诉他人。`
      : formatMessage(
          '[Kaidian] {lead} {code}. It expires in {minutes, plural, one {# minute} other {# minutes}}. Never share it.',
          { lead: wording.sms[locale], code: data.code, minutes: data.minutes },
        );
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

const contactNoun = (locale: Locale, kind: 'email' | 'phone') =>
  locale === 'zh-CN'
    ? kind === 'email'
      ? '邮箱'
      : '手机号'
    : kind === 'email'
      ? 'e-mail address'
      : 'mobile number';

export const accountEmailTemplates = defineEmailTemplates({
  'accounts.signup_code': codeEmail(codeWording.signup),
  'accounts.login_code': codeEmail(codeWording.login),
  'accounts.reset_code': codeEmail(codeWording.reset),
  'accounts.change_contact_code': codeEmail(codeWording.change_contact),
  'accounts.reauth_code': codeEmail(codeWording.reauth),
  'accounts.signup_attempt': (locale, _data: AttemptData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '有人尝试用您的邮箱注册开店',
          heading: '您已经有开店账户了',
          paragraphs: [
            '刚才有人尝试用这个邮箱注册开店账户。因为该邮箱已经注册，所以没有创建新账户，也没有发送验证码。',
            '如果是您本人，请直接登录；忘记密码可以重置。',
          ],
          action: { label: '登录开店', url: `${publicUrl}/login` },
          footnote: '如果不是您本人操作，请忽略本邮件，您的账户没有任何变化。',
        }
      : {
          subject: 'Someone tried to sign up with your address',
          heading: 'You already have a Kaidian account',
          paragraphs: [
            'Someone just tried to create a Kaidian account with this e-mail address. It already has an account, so nothing was created and no code was sent.',
            'If it was you, sign in instead, or reset your password if you have forgotten it.',
          ],
          action: { label: 'Sign in to Kaidian', url: `${publicUrl}/login` },
          footnote: 'If it was not you, ignore this message: your account is unchanged.',
        },
  'accounts.contact_claim_attempt': (locale, _data: AttemptData) =>
    locale === 'zh-CN'
      ? {
          subject: '有人尝试将您的邮箱绑定到其他账户',
          heading: '您的邮箱仍属于您的账户',
          paragraphs: [
            '刚才有人尝试把这个邮箱绑定到另一个开店账户。它仍然属于您的账户，没有发生任何变化。',
          ],
          footnote: '如果这是您本人的另一个账户，请先从本账户中更换邮箱。',
        }
      : {
          subject: 'Someone tried to add your address to another account',
          heading: 'Your address stays with your account',
          paragraphs: [
            'Someone just tried to add this e-mail address to another Kaidian account. It still belongs to your account; nothing was changed.',
          ],
          footnote: 'If that other account is yours too, change the address on this account first.',
        },
  'accounts.password_changed': (locale, data: PasswordChangedData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '您的开店密码已修改',
          heading: '密码已修改',
          paragraphs: [
            `您的开店账户密码已于 ${when(data.at)} 修改。`,
            '如果是您本人操作，无需处理。如果不是，请立即重置密码。',
          ],
          action: { label: '重置密码', url: `${publicUrl}/forgot-password` },
        }
      : {
          subject: 'Your Kaidian password was changed',
          heading: 'Your password was changed',
          paragraphs: [
            `The password of your Kaidian account was changed at ${when(data.at)}.`,
            'If you did this, there is nothing to do. If you did not, reset your password now.',
          ],
          action: { label: 'Reset password', url: `${publicUrl}/forgot-password` },
        },
  'accounts.password_sign_in_paused': (locale, data: PasswordSignInPausedData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '您的开店账户已暂停密码登录',
          heading: '密码登录已暂停',
          paragraphs: [
            `您的开店账户短时间内密码输错次数过多，为保护账户安全，密码登录已暂停，将于 ${when(data.until)} 自动恢复。`,
            data.canUseSms
              ? '在此期间，您仍可以用手机验证码登录。重置密码后，暂停会立即解除。'
              : '重置密码后，暂停会立即解除。',
            '如果不是您本人在尝试登录，说明有人在猜测您的密码，建议重置为一个新的、更难猜的密码。',
          ],
          action: { label: '重置密码', url: `${publicUrl}/forgot-password` },
          footnote: '开店工作人员不会向您索要密码或验证码。',
        }
      : {
          subject: 'Password sign-in to your Kaidian account is paused',
          heading: 'Password sign-in is paused',
          paragraphs: [
            `Too many wrong passwords were entered for your Kaidian account, so password sign-in is paused to protect it. It resumes at ${when(data.until)}.`,
            data.canUseSms
              ? 'Meanwhile you can still sign in with a code sent to your phone. Resetting your password ends the pause at once.'
              : 'Resetting your password ends the pause at once.',
            'If it was not you trying to sign in, someone may be guessing your password: choose a new one that is harder to guess.',
          ],
          action: { label: 'Reset password', url: `${publicUrl}/forgot-password` },
          footnote: 'Kaidian staff will never ask you for your password or a code.',
        },
  'accounts.contact_changed': (locale, data: ContactChangedData, { publicUrl }) => {
    const noun = contactNoun(locale, data.kind);
    if (locale === 'zh-CN') {
      return {
        subject: `您的开店账户${noun}已${data.change === 'changed' ? '更换' : '添加'}`,
        heading: `${noun}已${data.change === 'changed' ? '更换' : '添加'}`,
        paragraphs: [
          data.change === 'changed'
            ? `您的开店账户${noun}已于 ${when(data.at)} 更换为 ${data.newAddress}，本${noun}将不再用于该账户。`
            : `您的开店账户已于 ${when(data.at)} 添加${noun} ${data.newAddress}。`,
          '如果不是您本人操作，请立即重置密码。',
        ],
        action: { label: '重置密码', url: `${publicUrl}/forgot-password` },
      };
    }
    return {
      subject: `Your Kaidian ${noun} was ${data.change}`,
      heading: `Your ${noun} was ${data.change}`,
      paragraphs: [
        data.change === 'changed'
          ? `The ${noun} of your Kaidian account was changed to ${data.newAddress} at ${when(data.at)}. This address is no longer used for the account.`
          : `The ${noun} ${data.newAddress} was added to your Kaidian account at ${when(data.at)}.`,
        'If you did not do this, reset your password now.',
      ],
      action: { label: 'Reset password', url: `${publicUrl}/forgot-password` },
    };
  },
});

export const accountSmsTemplates = defineSmsTemplates({
  'accounts.signup_code': codeSms(codeWording.signup),
  'accounts.login_code': codeSms(codeWording.login),
  'accounts.reset_code': codeSms(codeWording.reset),
  'accounts.change_contact_code': codeSms(codeWording.change_contact),
  'accounts.reauth_code': codeSms(codeWording.reauth),
  'accounts.signup_attempt': (locale, _data: AttemptData) =>
    locale === 'zh-CN'
      ? '【开店】有人尝试用本手机号注册开店。该号码已有账户，未发送验证码。如非本人操作请忽略。'
      : '[Kaidian] Someone tried to sign up with this number. It already has an account, so no code was sent. If it was not you, ignore this.',
  'accounts.contact_claim_attempt': (locale, _data: AttemptData) =>
    locale === 'zh-CN'
      ? '【开店】有人尝试将本手机号绑定到其他账户。它仍属于您的账户，未做任何更改。'
      : '[Kaidian] Someone tried to add this number to another account. It stays with your account; nothing was changed.',
  'accounts.password_changed': (locale, data: PasswordChangedData) =>
    locale === 'zh-CN'
      ? `【开店】您的账户密码已于 ${when(data.at)} 修改。如非本人操作，请立即重置密码。`
      : `[Kaidian] Your password was changed at ${when(data.at)}. If this was not you, reset it now.`,
  'accounts.password_sign_in_paused': (locale, data: PasswordSignInPausedData) =>
    locale === 'zh-CN'
      ? `【开店】您的账户密码输错次数过多，密码登录已暂停至 ${when(data.until)}。您仍可用验证码登录；重置密码即可立即解除。`
      : `[Kaidian] Too many wrong passwords: password sign-in is paused until ${when(data.until)}. You can still sign in with a code; resetting your password ends the pause.`,
  'accounts.contact_changed': (locale, data: ContactChangedData) => {
    const noun = contactNoun(locale, data.kind);
    if (locale === 'zh-CN') {
      return data.change === 'changed'
        ? `【开店】您的账户${noun}已更换为 ${data.newAddress}。如非本人操作，请立即重置密码。`
        : `【开店】您的账户已添加${noun} ${data.newAddress}。如非本人操作，请立即重置密码。`;
    }
    return data.change === 'changed'
      ? `[Kaidian] Your account's ${noun} was changed to ${data.newAddress}. If this was not you, reset your password now.`
      : `[Kaidian] The ${noun} ${data.newAddress} was added to your account. If this was not you, reset your password now.`;
  },
});

export const accountNotifications = { email: accountEmailTemplates, sms: accountSmsTemplates };
export const { queueEmail, queueSms } = notificationQueue(accountNotifications);
