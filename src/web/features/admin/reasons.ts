import type { Language } from '../../i18n/language';

export type Labels = Record<Language, string>;
