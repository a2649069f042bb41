import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { withTx } from '../../src/server/db/client.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import { decideVerification, submitVerification } from '../../src/server/modules/kyc/index.ts';
import type { OperatorRole } from '../../src/server/modules/operators/index.ts';
import { paymentSettings } from '../../src/server/modules/payments/schema.ts';
import { createSession } from '../../src/server/modules/sessions/index.ts';
import type { TestApp } from './app.ts';
import { multipartBody } from './multipart.ts';
import { insertMerchant, insertOperator } from './operators.ts';

// Fixtures for the store tests: verified merchants, operators by role, images, purchases.

export interface ApiOptions {
  /** A cookie header: `kd_session=…` for a merchant, `kd_admin=…` for an operator. */
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export function api(
  testApp: TestApp,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: ApiOptions = {},
) {
  return testApp.app.inject({
    method,
    url,
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });
}

/** A fresh session for a merchant: the tests move the clock past session lifetimes. */
export async function merchantCookie(testApp: TestApp, merchantId: string): Promise<string> {
  const { token } = await createSession(
    testApp.database.db,
    { subjectType: 'merchant', subjectId: merchantId },
    testApp.deps.clock,
    testApp.deps.settings,
  );
  return `kd_session=${token}`;
}

/**
 * An operator with these roles, signed in now (TOTP login has tests of its own); with its e-mail,
 * password and TOTP secret, for a test that signs in through the console's page as well.
 */
export async function operatorCookie(testApp: TestApp, roles: OperatorRole[]) {
  const operator = await insertOperator(testApp, roles);
  const { token } = await createSession(
    testApp.database.db,
    { subjectType: 'operator', subjectId: operator.id },
    testApp.deps.clock,
    testApp.deps.settings,
  );
  return { ...operator, cookie: `kd_admin=${token}` };
}

/** The platform's account for bank transfers, as an admin would enter it in the console. */
export const PLATFORM_BANK_ACCOUNT = {
  accountName: 'Kaidian Test Marketplace Ltd.',
  bankName: 'Bank of Testing, Shanghai Branch',
  accountNumber: '6217000011112222333',
  swift: null,
};

/**
 * An admin enters the platform's bank account: until then bank transfer is not offered, so a
 * test that pays offline starts here.
 */
export async function enterBankAccount(testApp: TestApp, account = PLATFORM_BANK_ACCOUNT) {
  const admin = await operatorCookie(testApp, ['admin']);
  const response = await api(testApp, 'PUT', '/api/v1/admin/payment-settings', {
    cookie: admin.cookie,
    body: { bankAccount: account },
  });
  expectStatus(response, 200);
}

/**
 * The platform's bank account taken away, as on an installation where no admin has entered one
 * yet: bank transfer is not offered until one is.
 */
export async function removeBankAccount(testApp: TestApp): Promise<void> {
  await testApp.database.db.delete(paymentSettings).where(eq(paymentSettings.key, 'bank_account'));
}

/** A PNG of the given size, uploaded by the merchant for `purpose`; its upload id. */
export async function uploadImage(
  testApp: TestApp,
  cookie: string,
  purpose: 'kyc' | 'logo' | 'banner' | 'product',
  width: number,
  height: number,
): Promise<string> {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } },
  })
    .png()
    .toBuffer();
  return uploadPng(testApp, cookie, purpose, data);
}

/** A PNG the test drew itself, uploaded by the merchant for `purpose`; its upload id. */
export async function uploadPng(
  testApp: TestApp,
  cookie: string,
  purpose: 'kyc' | 'logo' | 'banner' | 'product',
  data: Buffer,
): Promise<string> {
  const form = multipartBody(
    { purpose },
    { filename: 'image.png', contentType: 'image/png', data },
  );
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...form.headers, cookie },
    payload: form.payload,
  });
  expectStatus(response, 201);
  return response.json().id;
}

export interface MerchantSetup {
  accountType?: 'personal' | 'enterprise';
  locale?: 'en' | 'zh-CN';
  emailVerified?: boolean;
  phoneVerified?: boolean;
  /** The name on the account; null for none. */
  realName?: string | null;
  /** The identity to approve (defaults to realName); null: no approved verification. */
  identityName?: string | null;
}

export interface StoreMerchant {
  id: string;
  email: string;
  cookie: string;
  realName: string | null;
}

let counter = 0;

/**
 * A fixture's API call must succeed; its answer's body says why not. A plain throw rather than a
 * runner's `expect`, so the fixtures serve vitest and Playwright alike.
 */
function expectStatus(response: { statusCode: number; body: string }, status: number): void {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
}

/**
 * A merchant with as much of the way to a store done as asked: by default e-mail and phone
 * verified, a real name, and an approved identity (through the kyc module's own functions).
 */
export async function storeMerchant(
  testApp: TestApp,
  setup: MerchantSetup = {},
): Promise<StoreMerchant> {
  counter += 1;
  const accountType = setup.accountType ?? 'personal';
  const merchant = await insertMerchant(testApp, { accountType, locale: setup.locale ?? 'en' });
  const realName =
    setup.realName === undefined
      ? accountType === 'personal'
        ? `Li Ming ${counter}`
        : `Harbour Trading ${counter} Ltd`
      : setup.realName;
  const now = testApp.deps.clock.now();
  await testApp.database.db
    .update(merchants)
    .set({
      emailVerifiedAt: setup.emailVerified === false ? null : now,
      phone: `+86139${String(Date.now() % 10_000_000).padStart(7, '0')}${counter % 10}`,
      phoneVerifiedAt: setup.phoneVerified === false ? null : now,
      realName,
    })
    .where(eq(merchants.id, merchant.id));
  const identityName = setup.identityName === undefined ? realName : setup.identityName;
  if (identityName) await approveIdentity(testApp, merchant, accountType, identityName);
  return { id: merchant.id, email: merchant.email ?? '', cookie: merchant.cookie, realName };
}

async function approveIdentity(
  testApp: TestApp,
  merchant: { id: string; cookie: string },
  kind: 'personal' | 'enterprise',
  name: string,
): Promise<void> {
  const now = testApp.deps.clock.now();
  const reviewer = await insertOperator(testApp, ['reviewer']);
  const documents =
    kind === 'personal'
      ? [
          {
            type: 'id_front' as const,
            uploadId: await uploadImage(testApp, merchant.cookie, 'kyc', 400, 250),
          },
          {
            type: 'id_back' as const,
            uploadId: await uploadImage(testApp, merchant.cookie, 'kyc', 400, 250),
          },
        ]
      : [
          {
            type: 'business_license' as const,
            uploadId: await uploadImage(testApp, merchant.cookie, 'kyc', 400, 560),
          },
        ];
  const input =
    kind === 'personal'
      ? {
          kind,
          legalName: name,
          idType: 'passport' as const,
          idNumber: 'E12345678',
          idExpiry: '2040-01-01',
          documents,
        }
      : {
          kind,
          companyName: name,
          country: 'US',
          registrationNumber: 'DE 1234567',
          legalRepresentative: {
            name: 'Wang Fang',
            idNumber: 'P7654321',
            idType: 'passport' as const,
          },
          registeredAddress: '1 Harbour Road, Wilmington DE',
          documents,
        };
  await withTx(testApp.database.db, async (tx) => {
    const submission = await submitVerification(tx, {
      merchantId: merchant.id,
      input,
      now,
      locale: 'en',
    });
    await decideVerification(tx, {
      submissionId: submission.id,
      decision: 'approve',
      reasons: [],
      note: null,
      operatorId: reviewer.id,
      ip: null,
      now,
      locale: 'en',
    });
  });
}

export interface Offer {
  storeTypeId: string;
  packageId: string;
  fee: { amount: number; currency: string };
  deposit: { amount: number; currency: string };
}

/** A package on offer, by codes, as GET /api/v1/store-types lists it. */
export async function offer(
  testApp: TestApp,
  typeCode: string,
  packageCode: string,
): Promise<Offer> {
  const response = await api(testApp, 'GET', '/api/v1/store-types');
  expectStatus(response, 200);
  const type = response.json().find((candidate: { code: string }) => candidate.code === typeCode);
  const pkg = type?.packages.find((candidate: { code: string }) => candidate.code === packageCode);
  if (!type || !pkg) throw new Error(`no package ${typeCode}/${packageCode} on offer`);
  return { storeTypeId: type.id, packageId: pkg.id, fee: pkg.fee, deposit: pkg.deposit };
}

/** Buy a package through the API; the 201 body (purchase with its payment). */
export async function buyStore(
  testApp: TestApp,
  merchant: { cookie: string },
  chosen: Offer,
  provider: 'sandbox' | 'offline' = 'sandbox',
) {
  const response = await api(testApp, 'POST', '/api/v1/me/store/purchase', {
    cookie: merchant.cookie,
    body: { storeTypeId: chosen.storeTypeId, packageId: chosen.packageId, provider },
  });
  expectStatus(response, 201);
  return response.json();
}

/** A store paid for with the sandbox and active: the starting point of design and lifecycle tests. */
export async function openStore(
  testApp: TestApp,
  merchant: { cookie: string },
  typeCode = 'personal',
  packageCode = 'standard',
) {
  const chosen = await offer(testApp, typeCode, packageCode);
  const purchase = await buyStore(testApp, merchant, chosen, 'sandbox');
  const paid = await api(testApp, 'POST', `/api/v1/me/payments/${purchase.payment.id}/sandbox`, {
    cookie: merchant.cookie,
    body: { outcome: 'succeed' },
  });
  expectStatus(paid, 200);
  return { offer: chosen, purchase };
}

/** A valid design for PUT /api/v1/me/store/design, with fresh logo and banner uploads. */
export async function designFor(
  testApp: TestApp,
  merchant: { cookie: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    name: `Harbour Tea ${++counter}`,
    templateId: 'classic',
    theme: 'teal',
    logoUploadId: await uploadImage(testApp, merchant.cookie, 'logo', 400, 400),
    bannerUploadId: await uploadImage(testApp, merchant.cookie, 'banner', 1600, 500),
    announcement: 'Spring tea has arrived.',
    about: 'Family tea growers since 1982.',
    contacts: { email: 'shop@harbour.test', phone: '+86 21 5555 0101' },
    ...overrides,
  };
}
