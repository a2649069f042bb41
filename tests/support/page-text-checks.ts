import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright-core';
import { composition } from '../../src/server/app-modules.ts';
import { STOREFRONT_TEXT } from '../../src/storefront/storefront-text.ts';

// What a person looks for on a page in the wrong language, as machine checks: a message key or
// error code shown instead of its text, an English sentence of the catalogs on a Chinese page,
// Chinese on an English page, "1 payments", "CN¥" and amounts not written as "¥1,234.00".

export type PageLanguage = 'en' | 'zh-CN';

/** Text on a page that is not the interface's but someone's own, so it may be in any language. */
export interface ForeignText {
  /** Elements whose whole text is exempt… */
  selector?: string;
  /** …or this exact text wherever it shows. */
  text?: string;
  reason: string;
}

// ICU element types of @formatjs/icu-messageformat-parser: 0 is literal text, 5 select, 6 plural.
type Element = ReturnType<IntlMessageFormat['getAst']>[number];

function literals(elements: Element[], into: string[]): void {
  for (const element of elements) {
    if (element.type === 0) into.push(element.value);
    if ('options' in element) {
      for (const option of Object.values(element.options)) literals(option.value, into);
    }
    if ('children' in element) literals(element.children, into);
  }
}

/** The literal runs of an ICU message (placeholders and plural syntax cut out). */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  literals(new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst(), runs);
  return runs;
}

// The web app's catalogs, loaded at run time: they belong to the web's own type-check (bundler
// resolution), which this Node-side file is not part of.
const webCatalog = async (file: string, name: string) =>
  (await import(new URL(`../../src/web/i18n/${file}`, import.meta.url).href))[name] as Record<
    string,
    string
  >;
const webEn = await webCatalog('en.ts', 'en');
const webZh = await webCatalog('zh-CN.ts', 'zhCN');
const errorCatalog = composition.errors as Record<string, { en: string; 'zh-CN': string }>;

/** Message keys and error codes: either shown on a page means its text was not looked up. */
export const catalogKeys: ReadonlySet<string> = new Set([
  ...Object.keys(webEn),
  ...Object.keys(errorCatalog),
]);

function englishTexts(): { en: string[]; zh: string } {
  const storefrontZh = STOREFRONT_TEXT['zh-CN'] as Record<string, unknown>;
  const storefront = Object.entries(STOREFRONT_TEXT.en as Record<string, unknown>).flatMap(
    ([key, text]): [string, string | undefined][] =>
      typeof text === 'string' ? [[text, storefrontZh[key] as string | undefined]] : [],
  );
  const pairs: [string, string | undefined][] = [
    ...Object.entries(webEn).map(([key, text]): [string, string | undefined] => [text, webZh[key]]),
    ...Object.values(errorCatalog).map((text): [string, string] => [text.en, text['zh-CN']]),
    ...storefront,
  ];
  return {
    // A message Chinese keeps as it is (a brand, "EN") is not an untranslated one.
    en: pairs.filter(([english, chinese]) => english !== chinese).map(([english]) => english),
    zh: [...Object.values(webZh), ...Object.values(errorCatalog).map((t) => t['zh-CN'])].join('\n'),
  };
}

const twoWords = /[A-Za-z][A-Za-z'’-]+(?:[ ,]+[A-Za-z][A-Za-z'’-]*)+/g;

/**
 * Phrases of two words or more from the English catalogs (web, errors, storefront) that the
 * Chinese catalogs do not use themselves ("Google Authenticator" may stand in Chinese text).
 */
export const englishPhrases: readonly string[] = (() => {
  const { en: texts, zh } = englishTexts();
  const phrases = new Set<string>();
  for (const text of texts) {
    for (const run of literalRuns(text)) {
      for (const match of run.matchAll(twoWords)) {
        const phrase = match[0].replace(/[ ,]+$/, '').trim();
        if (phrase.split(/\s+/).length >= 2 && phrase.length >= 7 && !zh.includes(phrase)) {
          phrases.add(phrase);
        }
      }
    }
  }
  return [...phrases];
})();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const phrasePatterns = englishPhrases.map(
  (phrase) => [phrase, new RegExp(`(?<![A-Za-z])${escapeRegExp(phrase)}(?![A-Za-z])`)] as const,
);

/** What the browser shows: the visible text, and apart from it the text outside the exemptions. */
export interface PageText {
  lang: string;
  title: string;
  visible: string;
  /** Visible text nodes not inside an exempt element, one a line. */
  own: string;
}

export async function readPageText(page: Page, foreign: ForeignText[]): Promise<PageText> {
  const selectors = foreign.flatMap((f) => (f.selector ? [f.selector] : []));
  return page.evaluate((exempt) => {
    const own: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, noscript, template')) continue;
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (exempt.some((selector) => parent.closest(selector))) continue;
      own.push(text);
    }
    return {
      lang: document.documentElement.lang,
      title: document.title,
      visible: document.body.innerText,
      own: own.join('\n'),
    };
  }, selectors);
}

function context(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 25), index + length + 25)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every slip on a page, each a line saying what and where; none: []. */
export function textSlips(
  text: PageText,
  language: PageLanguage,
  foreign: ForeignText[],
): string[] {
  const slips: string[] = [];
  const all = `${text.title}\n${text.visible}`;
  if (text.lang !== language) slips.push(`<html lang> is "${text.lang}", not "${language}"`);

  for (const match of all.matchAll(/\b[a-z][a-zA-Z]*(?:\.[a-zA-Z0-9_-]+)+/g)) {
    if (catalogKeys.has(match[0])) slips.push(`message key shown: "${match[0]}"`);
  }
  for (const match of all.matchAll(/\{[a-zA-Z]+(?:\}|, ?(?:plural|number|select|date))/g)) {
    slips.push(`unfilled placeholder: "${context(all, match.index, match[0].length)}"`);
  }

  if (language === 'zh-CN') {
    let own = `${text.title}\n${text.own}`;
    for (const { text: exact } of foreign) if (exact) own = own.split(exact).join('\n');
    for (const [phrase, pattern] of phrasePatterns) {
      if (pattern.test(own)) slips.push(`English on a Chinese page: "${phrase}"`);
    }
    if (all.includes('CN¥'))
      slips.push(`"CN¥" instead of "¥": "${context(all, all.indexOf('CN¥'), 3)}"`);
    for (const match of all.matchAll(/\d\s*元/g)) {
      slips.push(`an amount in 元 rather than "¥1,234.00": "${context(all, match.index, 2)}"`);
    }
  } else {
    let own = `${text.title}\n${text.own}`;
    for (const { text: exact } of foreign) if (exact) own = own.split(exact).join('\n');
    for (const match of own.matchAll(/\p{Script=Han}+/gu)) {
      slips.push(`Chinese on an English page: "${context(own, match.index, match[0].length)}"`);
    }
    for (const match of all.matchAll(/(?<![\d.,])1 ([a-z]+s)\b/g)) {
      if (!/(ss|us|is)$/.test(match[1] ?? '')) {
        slips.push(`plural after 1: "${context(all, match.index, match[0].length)}"`);
      }
    }
    if (all.includes('CN¥'))
      slips.push(`"CN¥" instead of "¥": "${context(all, all.indexOf('CN¥'), 3)}"`);
  }

  for (const match of all.matchAll(/[-−+]?[¥￥]\s*\d[\d,.]*/g)) {
    const amount = match[0].replace(/[.,]$/, '');
    if (!/^[-−+]?¥\d{1,3}(?:,\d{3})*\.\d{2}$/.test(amount)) {
      slips.push(
        `money not written as "¥1,234.00": "${context(all, match.index, match[0].length)}"`,
      );
    }
  }
  for (const match of all.matchAll(/\b(?:CNY|RMB)\s?\d|\d\s?(?:CNY|RMB)\b/g)) {
    slips.push(`money with a currency code: "${context(all, match.index, match[0].length)}"`);
  }
  return [...new Set(slips)];
}

/** How far the page sticks out sideways, in CSS pixels (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
