import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import type { Clock, ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from './app.ts';
import type { TestOperator } from './operators.ts';
import { api, type MerchantSetup, uploadPng } from './stores.ts';

// Fixtures for the real-name verification journeys in the browser: documents made on the spot,
// and operators signing in to the console with the code their authenticator would show.

/** A company account that has not been verified yet: no name on it, no approved identity. */
export const UNVERIFIED_COMPANY = {
  accountType: 'enterprise',
  realName: null,
  identityName: null,
} as const satisfies MerchantSetup;

/** Public example numbers that pass the GB 32100 and GB 11643 checks (as in the API tests). */
export const VALID_USCC = '91350100M000100Y43';
export const USCC_WRONG_CHECK = '91350100M000100Y44';
export const VALID_RESIDENT_ID = '11010519491231002X';

/** A picture of a business licence (PNG or JPEG) in a fresh temporary directory. */
export async function licenceImage(
  format: 'png' | 'jpeg' = 'png',
  label = 'BUSINESS LICENCE',
): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-licence-'));
  const file = path.join(dir, `licence.${format === 'png' ? 'png' : 'jpg'}`);
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="620">
      <rect x="24" y="24" width="852" height="572" fill="none" stroke="#b91c1c" stroke-width="10"/>
      <text x="450" y="130" font-size="54" text-anchor="middle" fill="#7f1d1d" font-family="sans-serif">${label}</text>
      <text x="80" y="260" font-size="30" fill="#1f2937" font-family="monospace">USCC ${VALID_USCC}</text>
      <text x="80" y="330" font-size="30" fill="#1f2937" font-family="sans-serif">Fuzhou Example Trading Co., Ltd.</text>
      <circle cx="700" cy="470" r="80" fill="none" stroke="#dc2626" stroke-width="8"/>
    </svg>`,
  );
  const image = sharp({
    create: { width: 900, height: 620, channels: 3, background: '#fdf6e3' },
  }).composite([{ input: svg }]);
  await (format === 'png' ? image.png() : image.jpeg({ quality: 85 })).toFile(file);
  return file;
}

/** The code an authenticator app shows for `secret` at the server's current time. */
export function totpCode(secret: string, clock: Clock): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate({ timestamp: clock.now().getTime() });
}

/**
 * Sign in to the console as a person would, on the page the browser is sent to. A code is
 * accepted once, so a ManualClock moves on a step first.
 */
export async function signInToConsole(
  page: Page,
  operator: TestOperator,
  clock: ManualClock,
  labels: { email: RegExp; password: RegExp; totp: RegExp; submit: RegExp },
): Promise<void> {
  clock.advance(30_000);
  await page.getByLabel(labels.email).fill(operator.email);
  await page.getByLabel(labels.password).fill(operator.password);
  await page.getByLabel(labels.totp).fill(totpCode(operator.totpSecret, clock));
  await page.getByRole('button', { name: labels.submit }).click();
}

export interface EnterpriseCase {
  companyName: string;
  registeredAddress: string;
  legalRepresentative?: string;
  /** The licence already uploaded (a resubmission keeping it); else a fresh picture is. */
  licenceUploadId?: string;
}

/**
 * A Chinese company's verification sent (or sent again) through the API as the form sends it,
 * a licence picture uploaded first unless given (as the merchant whose cookie it is); the case's
 * id and the licence's upload id.
 */
export async function submitEnterpriseVerification(
  testApp: TestApp,
  cookie: string,
  company: EnterpriseCase,
): Promise<{ id: string; licenceUploadId: string }> {
  let uploadId = company.licenceUploadId;
  if (!uploadId) {
    const file = await licenceImage('png');
    uploadId = await uploadPng(testApp, cookie, 'kyc', await fs.readFile(file));
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  }
  const response = await api(testApp, 'POST', '/api/v1/me/verification', {
    cookie,
    body: {
      kind: 'enterprise',
      companyName: company.companyName,
      country: 'CN',
      registrationNumber: VALID_USCC,
      registeredAddress: company.registeredAddress,
      legalRepresentative: {
        name: company.legalRepresentative ?? '李四',
        idNumber: VALID_RESIDENT_ID,
        idType: 'cn_resident_id',
      },
      documents: [{ type: 'business_license', uploadId }],
    },
  });
  if (response.statusCode !== 201) {
    throw new Error(`verification answered ${response.statusCode}: ${response.body}`);
  }
  return { id: response.json().id, licenceUploadId: uploadId };
}

/** A reviewer's decision on a case through the API (the console sends the same). */
export async function decideCase(
  testApp: TestApp,
  reviewerCookie: string,
  caseId: string,
  decision: {
    decision: 'approve' | 'reject' | 'request_changes';
    reasons?: { code: string; field?: string; note?: string }[];
  },
): Promise<void> {
  const response = await api(testApp, 'POST', `/api/v1/admin/verifications/${caseId}/decision`, {
    cookie: reviewerCookie,
    body: decision,
  });
  if (response.statusCode !== 200) {
    throw new Error(`decision answered ${response.statusCode}: ${response.body}`);
  }
}
