import { useI18n } from './i18n';
import { languages } from './language';

/** Each option is labelled in its own language, so anyone can find theirs. */
const shortLabels = { en: 'EN', 'zh-CN': '中文' } as const;

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="lang-switch" data-testid="lang-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-label={t(`language.${option}`)}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {shortLabels[option]}
        </button>
      ))}
    </fieldset>
  );
}
