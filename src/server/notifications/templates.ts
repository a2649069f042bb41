import type { Locale } from '../i18n/locale.ts';
import type { EmailContent } from './email-layout.ts';

export interface TemplateContext {
  publicUrl: string;
}

export type EmailTemplate<Data> = (
  locale: Locale,
  data: Data,
  context: TemplateContext,
) => EmailContent;
export type SmsTemplate<Data> = (locale: Locale, data: Data, context: TemplateContext) => string;

/** Typed helpers so each module's templates are checked where they are written. */
export const defineEmailTemplates = <T extends Record<string, EmailTemplate<never>>>(
  templates: T,
): T => templates;
export const defineSmsTemplates = <T extends Record<string, SmsTemplate<never>>>(templates: T): T =>
  templates;
