import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';

/** A password that passes every rule: long enough and on no common-password list. */
export const PASSWORD = 'lantern-copper-meadow-42';

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e4)}`;

export function freshEmail(prefix = 'seller'): string {
  return `${prefix}.${unique()}@example.com`;
}

/** A valid mainland mobile number (E.164) no other test uses. */
export function freshPhone(): string {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return `+86138${digits}`;
}

/** Each call from its own address, so per-IP rate limits only bite where a test means them to. */
export function freshIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  body?: unknown;
  /** The merchant session token (the kd_session cookie value). */
  session?: string | undefined;
  ip?: string;
  headers?: Record<string, string>;
}

/** One API call as a client makes it. */
export function call(testApp: TestApp, method: Method, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) headers.cookie = `kd_session=${options.session}`;
  return testApp.app.inject({
    method,
    url,
    headers,
    remoteAddress: options.ip ?? freshIp(),
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });
}

/** The session token a response set, if it signed someone in. */
export function sessionCookie(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((cookie) => cookie.name === 'kd_session' && cookie.value)?.value;
}

export interface MailboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  createdAt: string;
}

/** Deliver what is queued, then read the address's development mailbox, newest first. */
export async function inbox(testApp: TestApp, address: string): Promise<MailboxMessage[]> {
  await testApp.worker.drain();
  const response = await testApp.app.inject({
    method: 'GET',
    url: `/api/v1/dev/messages?to=${encodeURIComponent(address)}`,
  });
  return response.json();
}

/** The one-time code in the newest message to the address. */
export async function latestCode(testApp: TestApp, address: string): Promise<string> {
  const [message] = await inbox(testApp, address);
  const code = message ? /\b(\d{6})\b/.exec(message.text)?.[1] : undefined;
  if (!code) throw new Error(`no code in the mailbox of ${address}`);
  return code;
}

/** A code that is certainly not the right one. */
export function wrongCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

export interface SignUpInput {
  email?: string;
  phone?: string;
  password?: string;
  accountType?: 'personal' | 'enterprise';
  locale?: 'en' | 'zh-CN';
}

/** Sign up and verify through the API with the code from the mailbox; returns the session. */
export async function signUp(testApp: TestApp, input: SignUpInput) {
  const contact = input.email ? { email: input.email } : { phone: input.phone };
  const address = (input.email ?? input.phone) as string;
  const started = await call(testApp, 'POST', '/api/v1/auth/signup', {
    body: {
      ...contact,
      password: input.password ?? PASSWORD,
      accountType: input.accountType ?? 'personal',
      ...(input.locale ? { locale: input.locale } : {}),
    },
  });
  if (started.statusCode !== 202)
    throw new Error(`sign-up answered ${started.statusCode}: ${started.body}`);
  const verified = await call(testApp, 'POST', '/api/v1/auth/signup/verify', {
    body: { ...contact, code: await latestCode(testApp, address) },
  });
  if (verified.statusCode !== 201)
    throw new Error(`verify answered ${verified.statusCode}: ${verified.body}`);
  const session = sessionCookie(verified);
  if (!session) throw new Error('sign-up set no session cookie');
  // What the sign-up's events lead to (the growth plan's "verify your e-mail") is done too.
  await testApp.worker.drain();
  return { session, account: verified.json(), address };
}
