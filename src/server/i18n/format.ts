import { formatMessage } from '../../shared/i18n/format-message.ts';
import type { Locale } from './locale.ts';

/**
 * Fill a server message (an error text, a rule message) in the caller's language: a thin name
 * for the one ICU formatter (formatMessage), so plurals, numbers and money read as on the web.
 */
export function interpolate(
  template: string,
  params: Record<string, unknown> = {},
  locale: Locale = 'en',
): string {
  return formatMessage(template, params, locale);
}
