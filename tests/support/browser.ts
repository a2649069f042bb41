import { type Browser, type BrowserContext, chromium } from 'playwright-core';

// Debian's Chromium rather than a Playwright-downloaded one: it comes from apt (see
// scripts/ensure-chromium.mjs) and needs no download at test time.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless run in containers and CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A fresh context (no cookies) whose browser prefers `locale`: it sets `navigator.language(s)`
 * and the `Accept-Language` header, as a visitor's browser would.
 */
export function newContextWithLocale(
  browser: Browser,
  locale: string,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: options.viewport ?? { width: 1280, height: 800 } });
}
