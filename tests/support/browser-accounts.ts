import type { APIRequestContext } from 'playwright-core';
import { devInbox } from './mailbox.ts';

export interface NewMerchant {
  email: string;
  password: string;
  accountType?: 'personal' | 'enterprise';
  locale?: 'en' | 'zh-CN';
}

/**
 * Sign up through the API with the code from the dev mailbox, as an integrator would. Given a
 * browser context's `request`, the session cookie lands in that context: its pages are signed in.
 */
export async function signUpThroughApi(
  request: APIRequestContext,
  baseUrl: string,
  merchant: NewMerchant,
): Promise<void> {
  const inbox = devInbox(baseUrl, merchant.email);
  await inbox.skipExisting();
  const started = await request.post(`${baseUrl}/api/v1/auth/signup`, {
    data: {
      email: merchant.email,
      password: merchant.password,
      accountType: merchant.accountType ?? 'personal',
      locale: merchant.locale ?? 'en',
    },
  });
  if (started.status() !== 202) throw new Error(`sign-up answered ${started.status()}`);
  const verified = await request.post(`${baseUrl}/api/v1/auth/signup/verify`, {
    data: { email: merchant.email, code: await inbox.nextCode() },
  });
  if (verified.status() !== 201) throw new Error(`sign-up verify answered ${verified.status()}`);
}
