import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { formatMessage } from '../../shared/i18n/format-message';
import type { Money } from '../../shared/money';
import { en, type MessageKey, type Messages } from './en';
import { detectLanguage, type Language, rememberLanguage } from './language';
import { zhCN } from './zh-CN';

const catalogs: Record<Language, Messages> = { en, 'zh-CN': zhCN };

/** A value a message shows: text, a count, a date, or an amount of money (shown as formatMoney does). */
export type MessageValue = string | number | Date | Money;

/**
 * The message of a key in the page's language, filled by the one ICU formatter: `{name}`,
 * `{count, plural, one {…} other {…}}`, `{n, number}`, `{at, date, long}`, and money.
 */
export type Translate = (key: MessageKey, values?: Record<string, MessageValue>) => string;

type I18n = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const detected = detectLanguage();
    // Set before the first paint so screen readers and CJK font selection see the right language.
    document.documentElement.lang = detected;
    return detected;
  });

  const setLanguage = useCallback((next: Language) => {
    rememberLanguage(next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const catalog = catalogs[language];
    const t: Translate = (key, values) => formatMessage(catalog[key], values, language);
    return { language, setLanguage, t };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider>');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
