import { defineNotificationMessages } from '../../notifications/messages.ts';

/** What the account e-mails and SMS say: one-time codes, and changes to sign-in details. */
export const accountNotificationMessages = defineNotificationMessages({
  en: {
    'accounts.code.valid':
      'The code is valid for {minutes, plural, one {# minute} other {# minutes}} and works once.',
    'accounts.code.neverShare': 'Never share this code. Kaidian staff will never ask you for it.',
    'accounts.code.sms':
      '[Kaidian] {lead} {code}. It expires in {minutes, plural, one {# minute} other {# minutes}}. Never share it.',
    'accounts.signup_code.subject': 'Your Kaidian sign-up code',
    'accounts.signup_code.heading': 'Finish signing up',
    'accounts.signup_code.lead':
      'Enter this code to create your Kaidian account. If you did not sign up, ignore this message: no account is created without the code.',
    'accounts.signup_code.smsLead': 'Your sign-up code is',
    'accounts.login_code.subject': 'Your Kaidian sign-in code',
    'accounts.login_code.heading': 'Sign in to Kaidian',
    'accounts.login_code.lead':
      'Enter this code to sign in. If you did not try to sign in, someone may know your number; you can ignore this message.',
    'accounts.login_code.smsLead': 'Your sign-in code is',
    'accounts.reset_code.subject': 'Your Kaidian password reset code',
    'accounts.reset_code.heading': 'Reset your password',
    'accounts.reset_code.lead':
      'Enter this code to choose a new password. If you did not ask for it, ignore this message: your password stays as it is.',
    'accounts.reset_code.smsLead': 'Your password reset code is',
    'accounts.change_contact_code.subject': 'Confirm your new Kaidian contact',
    'accounts.change_contact_code.heading': 'Confirm this address',
    'accounts.change_contact_code.lead':
      'Enter this code to add this address to your Kaidian account. If you did not ask for it, ignore this message.',
    'accounts.change_contact_code.smsLead': 'Your code to confirm this number is',
    'accounts.reauth_code.subject': 'Your Kaidian security code',
    'accounts.reauth_code.heading': 'Confirm it is you',
    'accounts.reauth_code.lead':
      'Enter this code to confirm a change to your account. If you did not ask for it, change your password.',
    'accounts.reauth_code.smsLead': 'Your security code is',
    'accounts.action.signIn': 'Sign in to Kaidian',
    'accounts.action.resetPassword': 'Reset password',
    'accounts.signup_attempt.subject': 'Someone tried to sign up with your address',
    'accounts.signup_attempt.heading': 'You already have a Kaidian account',
    'accounts.signup_attempt.body':
      'Someone just tried to create a Kaidian account with this e-mail address. It already has an account, so nothing was created and no code was sent.',
    'accounts.signup_attempt.signIn':
      'If it was you, sign in instead, or reset your password if you have forgotten it.',
    'accounts.signup_attempt.footnote':
      'If it was not you, ignore this message: your account is unchanged.',
    'accounts.signup_attempt.sms':
      '[Kaidian] Someone tried to sign up with this number. It already has an account, so no code was sent. If it was not you, ignore this.',
    'accounts.contact_claim_attempt.subject':
      'Someone tried to add your address to another account',
    'accounts.contact_claim_attempt.heading': 'Your address stays with your account',
    'accounts.contact_claim_attempt.body':
      'Someone just tried to add this e-mail address to another Kaidian account. It still belongs to your account; nothing was changed.',
    'accounts.contact_claim_attempt.footnote':
      'If that other account is yours too, change the address on this account first.',
    'accounts.contact_claim_attempt.sms':
      '[Kaidian] Someone tried to add this number to another account. It stays with your account; nothing was changed.',
    'accounts.password_changed.subject': 'Your Kaidian password was changed',
    'accounts.password_changed.heading': 'Your password was changed',
    'accounts.password_changed.body': 'The password of your Kaidian account was changed at {at}.',
    'accounts.password_changed.check':
      'If you did this, there is nothing to do. If you did not, reset your password now.',
    'accounts.password_changed.sms':
      '[Kaidian] Your password was changed at {at}. If this was not you, reset it now.',
    'accounts.password_sign_in_paused.subject':
      'Password sign-in to your Kaidian account is paused',
    'accounts.password_sign_in_paused.heading': 'Password sign-in is paused',
    'accounts.password_sign_in_paused.body':
      'Too many wrong passwords were entered for your Kaidian account, so password sign-in is paused to protect it. It resumes at {until}.',
    'accounts.password_sign_in_paused.withSms':
      'Meanwhile you can still sign in with a code sent to your phone. Resetting your password ends the pause at once.',
    'accounts.password_sign_in_paused.withoutSms':
      'Resetting your password ends the pause at once.',
    'accounts.password_sign_in_paused.notYou':
      'If it was not you trying to sign in, someone may be guessing your password: choose a new one that is harder to guess.',
    'accounts.password_sign_in_paused.footnote':
      'Kaidian staff will never ask you for your password or a code.',
    'accounts.password_sign_in_paused.sms':
      '[Kaidian] Too many wrong passwords: password sign-in is paused until {until}. You can still sign in with a code; resetting your password ends the pause.',
    'accounts.contact.noun': '{kind, select, email {e-mail address} other {mobile number}}',
    'accounts.contact_changed.subject':
      'Your Kaidian {noun} was {change, select, changed {changed} other {added}}',
    'accounts.contact_changed.heading':
      'Your {noun} was {change, select, changed {changed} other {added}}',
    'accounts.contact_changed.changed':
      'The {noun} of your Kaidian account was changed to {newAddress} at {at}. This address is no longer used for the account.',
    'accounts.contact_changed.added':
      'The {noun} {newAddress} was added to your Kaidian account at {at}.',
    'accounts.contact_changed.notYou': 'If you did not do this, reset your password now.',
    'accounts.contact_changed.changedSms':
      "[Kaidian] Your account's {noun} was changed to {newAddress}. If this was not you, reset your password now.",
    'accounts.contact_changed.addedSms':
      '[Kaidian] The {noun} {newAddress} was added to your account. If this was not you, reset your password now.',
  },
  'zh-CN': {
    'accounts.code.valid': '验证码 {minutes} 分钟内有效，只能使用一次。',
    'accounts.code.neverShare': '请勿将验证码告诉任何人，开店工作人员不会向您索要验证码。',
    'accounts.code.sms': '【开店】{lead} {code}，{minutes} 分钟内有效。请勿告诉他人。',
    'accounts.signup_code.subject': '开店注册验证码',
    'accounts.signup_code.heading': '完成注册',
    'accounts.signup_code.lead':
      '输入以下验证码即可创建开店账户。如果不是您本人操作，请忽略本消息：没有验证码不会创建账户。',
    'accounts.signup_code.smsLead': '您的注册验证码是',
    'accounts.login_code.subject': '开店登录验证码',
    'accounts.login_code.heading': '登录开店',
    'accounts.login_code.lead': '输入以下验证码即可登录。如果不是您本人操作，请忽略本消息。',
    'accounts.login_code.smsLead': '您的登录验证码是',
    'accounts.reset_code.subject': '开店重置密码验证码',
    'accounts.reset_code.heading': '重置密码',
    'accounts.reset_code.lead':
      '输入以下验证码即可设置新密码。如果不是您本人操作，请忽略本消息，您的密码不会改变。',
    'accounts.reset_code.smsLead': '您的重置密码验证码是',
    'accounts.change_contact_code.subject': '确认开店账户的新联系方式',
    'accounts.change_contact_code.heading': '确认该联系方式',
    'accounts.change_contact_code.lead':
      '输入以下验证码即可将此联系方式绑定到您的开店账户。如果不是您本人操作，请忽略本消息。',
    'accounts.change_contact_code.smsLead': '您绑定此手机号的验证码是',
    'accounts.reauth_code.subject': '开店安全验证码',
    'accounts.reauth_code.heading': '确认是您本人',
    'accounts.reauth_code.lead': '输入以下验证码以确认账户变更。如果不是您本人操作，请修改密码。',
    'accounts.reauth_code.smsLead': '您的安全验证码是',
    'accounts.action.signIn': '登录开店',
    'accounts.action.resetPassword': '重置密码',
    'accounts.signup_attempt.subject': '有人尝试用您的邮箱注册开店',
    'accounts.signup_attempt.heading': '您已经有开店账户了',
    'accounts.signup_attempt.body':
      '刚才有人尝试用这个邮箱注册开店账户。因为该邮箱已经注册，所以没有创建新账户，也没有发送验证码。',
    'accounts.signup_attempt.signIn': '如果是您本人，请直接登录；忘记密码可以重置。',
    'accounts.signup_attempt.footnote': '如果不是您本人操作，请忽略本邮件，您的账户没有任何变化。',
    'accounts.signup_attempt.sms':
      '【开店】有人尝试用本手机号注册开店。该号码已有账户，未发送验证码。如非本人操作请忽略。',
    'accounts.contact_claim_attempt.subject': '有人尝试将您的邮箱绑定到其他账户',
    'accounts.contact_claim_attempt.heading': '您的邮箱仍属于您的账户',
    'accounts.contact_claim_attempt.body':
      '刚才有人尝试把这个邮箱绑定到另一个开店账户。它仍然属于您的账户，没有发生任何变化。',
    'accounts.contact_claim_attempt.footnote':
      '如果这是您本人的另一个账户，请先从本账户中更换邮箱。',
    'accounts.contact_claim_attempt.sms':
      '【开店】有人尝试将本手机号绑定到其他账户。它仍属于您的账户，未做任何更改。',
    'accounts.password_changed.subject': '您的开店密码已修改',
    'accounts.password_changed.heading': '密码已修改',
    'accounts.password_changed.body': '您的开店账户密码已于 {at} 修改。',
    'accounts.password_changed.check': '如果是您本人操作，无需处理。如果不是，请立即重置密码。',
    'accounts.password_changed.sms':
      '【开店】您的账户密码已于 {at} 修改。如非本人操作，请立即重置密码。',
    'accounts.password_sign_in_paused.subject': '您的开店账户已暂停密码登录',
    'accounts.password_sign_in_paused.heading': '密码登录已暂停',
    'accounts.password_sign_in_paused.body':
      '您的开店账户短时间内密码输错次数过多，为保护账户安全，密码登录已暂停，将于 {until} 自动恢复。',
    'accounts.password_sign_in_paused.withSms':
      '在此期间，您仍可以用手机验证码登录。重置密码后，暂停会立即解除。',
    'accounts.password_sign_in_paused.withoutSms': '重置密码后，暂停会立即解除。',
    'accounts.password_sign_in_paused.notYou':
      '如果不是您本人在尝试登录，说明有人在猜测您的密码，建议重置为一个新的、更难猜的密码。',
    'accounts.password_sign_in_paused.footnote': '开店工作人员不会向您索要密码或验证码。',
    'accounts.password_sign_in_paused.sms':
      '【开店】您的账户密码输错次数过多，密码登录已暂停至 {until}。您仍可用验证码登录；重置密码即可立即解除。',
    'accounts.contact.noun': '{kind, select, email {邮箱} other {手机号}}',
    'accounts.contact_changed.subject':
      '您的开店账户{noun}已{change, select, changed {更换} other {添加}}',
    'accounts.contact_changed.heading': '{noun}已{change, select, changed {更换} other {添加}}',
    'accounts.contact_changed.changed':
      '您的开店账户{noun}已于 {at} 更换为 {newAddress}，本{noun}将不再用于该账户。',
    'accounts.contact_changed.added': '您的开店账户已于 {at} 添加{noun} {newAddress}。',
    'accounts.contact_changed.notYou': '如果不是您本人操作，请立即重置密码。',
    'accounts.contact_changed.changedSms':
      '【开店】您的账户{noun}已更换为 {newAddress}。如非本人操作，请立即重置密码。',
    'accounts.contact_changed.addedSms':
      '【开店】您的账户已添加{noun} {newAddress}。如非本人操作，请立即重置密码。',
  },
});
