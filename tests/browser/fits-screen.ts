import path from 'node:path';
import { expect, type Page } from '@playwright/test';

const screenshotDir = process.env.SCREENSHOT_DIR;

/**
 * Waits until what the page shows has loaded: the document and every same-origin frame in it
 * complete, their images decoded and the fonts ready. Not `networkidle`: a request that is slow
 * under load (or a poll) keeps the network busy without changing the layout, and waiting for
 * silence then times out while the page itself is long done.
 */
export async function pageSettled(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => {
    const frames = [...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument);
    return [document, ...frames].every(
      (doc) =>
        doc !== null &&
        doc.readyState === 'complete' &&
        [...doc.images].every((image) => image.complete),
    );
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * The page fits its viewport's width (nothing sticks out sideways), and is saved as `name`.png
 * in SCREENSHOT_DIR when screenshots are asked for, to be looked at.
 */
export async function expectFitsScreen(page: Page, name: string, fullPage = true) {
  await pageSettled(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
  if (screenshotDir) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
  }
}
