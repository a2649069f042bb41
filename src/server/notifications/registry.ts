import {
  accountEmailTemplates,
  accountSmsTemplates,
} from '../modules/accounts/notification-templates.ts';
import { kycEmailTemplates, kycSmsTemplates } from '../modules/kyc/notification-templates.ts';
import { storeEmailTemplates } from '../modules/stores/notification-templates.ts';
import { foundationEmailTemplates, foundationSmsTemplates } from './foundation-templates.ts';

/** Every e-mail and SMS template, merged from the modules that own them. */
export const emailTemplates = {
  ...foundationEmailTemplates,
  ...accountEmailTemplates,
  ...kycEmailTemplates,
  ...storeEmailTemplates,
};
export const smsTemplates = {
  ...foundationSmsTemplates,
  ...accountSmsTemplates,
  ...kycSmsTemplates,
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type SmsTemplateName = keyof typeof smsTemplates;
export type EmailData<N extends EmailTemplateName> = Parameters<(typeof emailTemplates)[N]>[1];
export type SmsData<N extends SmsTemplateName> = Parameters<(typeof smsTemplates)[N]>[1];
