import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { formatMessage } from '../../shared/message-format';
import { en, type MessageKey, type Messages } from './en';
import { detectLanguage, type Language, rememberLanguage } from './language';
import { zhCN } from './zh-CN';

const catalogs: Record<Language, Messages> = { en, 'zh-CN': zhCN };

/** Fills `{name}` placeholders and `{count, plural, one {…} other {…}}` forms with the values. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

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
    const t: Translate = (key, values) =>
      values ? formatMessage(catalog[key], values, language) : catalog[key];
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
