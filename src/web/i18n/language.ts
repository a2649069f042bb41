export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

// The server reads the same cookie to localise API error messages, so its name and values
// are part of the contract between the two.
const cookieName = 'lang';
const oneYearInSeconds = 31_536_000;

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

export function languageFromCookie(cookieHeader: string): Language | undefined {
  for (const pair of cookieHeader.split(';')) {
    const [name, ...rest] = pair.trim().split('=');
    if (name !== cookieName) continue;
    const value = decodeURIComponent(rest.join('='));
    if (isLanguage(value)) return value;
  }
  return undefined;
}

/** The first preferred language we support wins: any Chinese variant maps to zh-CN. */
export function languageFromPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function detectLanguage(): Language {
  return (
    languageFromCookie(document.cookie) ??
    languageFromPreferences(
      navigator.languages?.length ? navigator.languages : [navigator.language],
    )
  );
}

export function rememberLanguage(language: Language): void {
  // The Cookie Store API is missing from some browsers we support; this value needs no escaping.
  // biome-ignore lint/suspicious/noDocumentCookie: see above
  document.cookie = `${cookieName}=${language}; Path=/; Max-Age=${oneYearInSeconds}; SameSite=Lax`;
}
