import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ManualClock } from '../../src/server/clock.ts';
import { withTx } from '../../src/server/db/client.ts';
import { merchants } from '../../src/server/modules/accounts/schema.ts';
import {
  createOperator,
  type OperatorRole,
  operatorSecretBox,
  totpCodeAt,
} from '../../src/server/modules/operators/index.ts';
import { createSession } from '../../src/server/modules/sessions/index.ts';
import { createTestApp, type TestApp } from './app.ts';

/** The test app on a DATA_DIR of its own (the operators' TOTP key lives there). */
export async function createOperatorTestApp(
  clock: ManualClock,
  env: Record<string, string> = {},
): Promise<TestApp & { dataDir: string }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-data-'));
  const testApp = await createTestApp({ clock, env: { ...env, DATA_DIR: dataDir } });
  return {
    ...testApp,
    dataDir,
    async close() {
      await testApp.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestOperator {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
}

export const OPERATOR_PASSWORD = 'correct horse battery staple';

/** An operator straight in the database, as an admin (or the command line) would create one. */
export async function insertOperator(
  testApp: TestApp,
  roles: OperatorRole[],
  email = `op-${randomBytes(4).toString('hex')}@kaidian.test`,
): Promise<TestOperator> {
  const secretBox = await operatorSecretBox(testApp.deps.config.dataDir);
  const created = await withTx(testApp.database.db, (tx) =>
    createOperator(
      tx,
      { email, name: `Operator ${roles.join('+')}`, password: OPERATOR_PASSWORD, roles },
      // Exactly these roles, even first: tests seed one role per operator to check access.
      {
        actor: null,
        ip: null,
        clock: testApp.deps.clock,
        secretBox,
        locale: 'en',
        exactRoles: true,
      },
    ),
  );
  return {
    id: created.operator.id,
    email,
    password: OPERATOR_PASSWORD,
    totpSecret: created.totpSecret,
  };
}

/**
 * Sign an operator in through the API with the code of the current step, and return the cookie
 * header. A code is accepted once, so the clock moves on a step first.
 */
export async function logInOperator(
  testApp: TestApp,
  clock: ManualClock,
  operator: TestOperator,
): Promise<string> {
  clock.advance(30_000);
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/admin/auth/login',
    payload: {
      email: operator.email,
      password: operator.password,
      totp: totpCodeAt(operator.totpSecret, clock.now()),
    },
  });
  if (response.statusCode !== 200) {
    throw new Error(`operator login failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'kd_admin');
  if (!cookie) throw new Error('no operator session cookie');
  return `kd_admin=${cookie.value}`;
}

export interface TestMerchant {
  id: string;
  email: string | null;
  cookie: string;
}

/**
 * A merchant row and a signed-in session, without the sign-up flow (which has tests of its own).
 */
export async function insertMerchant(
  testApp: TestApp,
  options: {
    accountType?: 'personal' | 'enterprise';
    locale?: 'en' | 'zh-CN';
    email?: string | null;
    phone?: string | null;
  } = {},
): Promise<TestMerchant> {
  const email =
    options.email === undefined
      ? `m-${randomBytes(4).toString('hex')}@kaidian.test`
      : options.email;
  const [merchant] = await testApp.database.db
    .insert(merchants)
    .values({
      accountType: options.accountType ?? 'personal',
      email,
      emailNormalized: email?.toLowerCase() ?? null,
      phone: options.phone ?? null,
      passwordHash: 'not used in these tests',
      locale: options.locale ?? 'en',
    })
    .returning();
  if (!merchant) throw new Error('merchant insert returned nothing');
  const { token } = await createSession(
    testApp.database.db,
    { subjectType: 'merchant', subjectId: merchant.id },
    testApp.deps.clock,
    testApp.deps.settings,
  );
  return { id: merchant.id, email, cookie: `kd_session=${token}` };
}

/** A cookie getter that signs the operator in again whenever the clock let the session lapse. */
export function operatorSession(testApp: TestApp, clock: ManualClock, operator: TestOperator) {
  let cookie = '';
  return async (): Promise<string> => {
    const me = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/me',
      headers: { cookie },
    });
    if (me.statusCode !== 200) cookie = await logInOperator(testApp, clock, operator);
    return cookie;
  };
}
