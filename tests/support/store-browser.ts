import { eq } from 'drizzle-orm';
import type { BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { hashPassword } from '../../src/server/lib/passwords.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import type { TestApp } from './app.ts';

// Helpers for the store's browser tests, on top of the server-side fixtures of stores.ts.

/**
 * Give a fixture merchant (made straight in the database) a password, so the test can sign in
 * through the sign-in page as a person would.
 */
export async function givePassword(
  testApp: TestApp,
  merchantId: string,
  password: string,
): Promise<void> {
  await testApp.database.db
    .update(merchants)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(merchants.id, merchantId));
}

/** Sign a browser context in with a session cookie from the fixtures (kd_session=… / kd_admin=…). */
export async function addSessionCookie(
  context: BrowserContext,
  baseUrl: string,
  cookie: string,
): Promise<void> {
  const [name = '', value = ''] = cookie.split('=');
  await context.addCookies([{ name, value, url: baseUrl }]);
}

/** A square PNG logo of the given size: a coloured tile with a lighter disc, made with sharp. */
export function squareLogo(size = 400): Promise<Buffer> {
  const disc = Buffer.from(
    `<svg width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size / 3}" fill="#fde68a"/></svg>`,
  );
  return sharp({
    create: { width: size, height: size, channels: 3, background: { r: 183, g: 121, b: 31 } },
  })
    .composite([{ input: disc }])
    .png()
    .toBuffer();
}
