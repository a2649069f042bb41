import { type MessagePairs, pairsOf } from '../../shared/i18n/catalog-checks.ts';
import { formatMessage } from '../../shared/i18n/format-message.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * What e-mails and SMS say, as ICU messages keyed like the web's (`kyc.approved.subject`): English
 * defines the keys and Chinese must have every one of them, so the catalog check
 * (catalogProblems) covers them as it covers the web's.
 */
export interface NotificationMessages<Key extends string = string> {
  en: Record<Key, string>;
  'zh-CN': Record<Key, string>;
}

/** A module's catalog, typed so that a key missing in Chinese does not compile. */
export const defineNotificationMessages = <const English extends Record<string, string>>(catalog: {
  en: English;
  'zh-CN': Record<keyof English, string>;
}): NotificationMessages<keyof English & string> => catalog;

/**
 * A catalog's sentence in the locale, its arguments filled by the one ICU formatter. `values` may
 * be a template's whole data (an interface): the message reads only the names it has.
 */
export function notificationText<Key extends string>(catalog: NotificationMessages<Key>) {
  return (locale: Locale, key: Key, values: object = {}): string =>
    formatMessage(catalog[locale][key], values as Record<string, unknown>, locale);
}

/** A catalog as the pairs catalogProblems checks. */
export const notificationPairs = (catalog: NotificationMessages): MessagePairs =>
  pairsOf(catalog.en, catalog['zh-CN']);
