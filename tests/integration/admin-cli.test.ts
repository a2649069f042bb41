import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCreate } from '../../src/cli/admin-create.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { totpCodeAt } from '../../src/server/modules/operators/index.ts';
import { operators } from '../../src/server/modules/operators/schema.ts';
import { ROOT_DIR, type TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';

/** `npm run kaidian -- …` as an operator types it, in its own process. */
function kaidian(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('kaidian admin create', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp & { dataDir: string };
  let env: Record<string, string>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    // The same database and DATA_DIR (where the TOTP key lives) as the running app.
    env = { DATABASE_URL: testApp.database.url, DATA_DIR: testApp.dataDir };
  });
  afterAll(() => testApp.close());

  it('creates the first operator with every role, who signs in with a code from the printed secret', async () => {
    const run = await kaidian(
      [
        'admin',
        'create',
        '--email',
        'Boss@Kaidian.test',
        '--password',
        'first admin passphrase',
        '--name',
        'Wang Fang',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const secret = /TOTP secret: ([A-Z2-7]+)/.exec(run.stdout)?.[1];
    const url = /otpauth URL: (\S+)/.exec(run.stdout)?.[1];
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(url).toBe(
      `otpauth://totp/Kaidian:boss%40kaidian.test?issuer=Kaidian&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    // As the README has it, without --roles: the first operator can do everything there is.
    expect(run.stdout).toContain('Created operator boss@kaidian.test (admin, reviewer, finance).');
    expect(run.stdout).toContain('As the first operator of this installation it has every role');

    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/admin/auth/login',
      payload: {
        email: 'boss@kaidian.test',
        password: 'first admin passphrase',
        totp: totpCodeAt(secret ?? '', clock.now()),
      },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().operator).toMatchObject({
      name: 'Wang Fang',
      roles: ['admin', 'reviewer', 'finance'],
    });

    // The creation is in the audit log, by the command line (no operator as actor).
    const cookie = `kd_admin=${login.cookies.find((c) => c.name === 'kd_admin')?.value}`;
    // The review queue and the payments to confirm answer, not 403.
    for (const url of ['/api/v1/admin/verifications', '/api/v1/admin/payments']) {
      const page = await testApp.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(page.statusCode, url).toBe(200);
    }
    const log = await testApp.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-log?action=operator.created',
      headers: { cookie },
    });
    expect(log.json().entries).toEqual([
      expect.objectContaining({
        actor: null,
        after: expect.objectContaining({ email: 'boss@kaidian.test' }),
      }),
    ]);
  }, 60_000);

  it('refuses a second operator with the same e-mail, saying so', async () => {
    const run = await kaidian(
      ['admin', 'create', '--email', 'boss@KAIDIAN.test', '--password', 'another passphrase'],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'kaidian: an operator with the e-mail boss@kaidian.test already exists; nothing was changed',
    );
  }, 60_000);

  it('gives later operators only what they are given: admin by default', async () => {
    const run = await kaidian(
      ['admin', 'create', '--email', 'second@kaidian.test', '--password', 'second passphrase'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created operator second@kaidian.test (admin).');
    expect(run.stdout).not.toContain('first operator');
  }, 60_000);

  it('can give other roles, and explains a missing password or an unknown role', async () => {
    const reviewer = await kaidian(
      [
        'admin',
        'create',
        '--email',
        'rev@kaidian.test',
        '--password',
        'reviewer passphrase',
        '--roles',
        'admin,reviewer',
      ],
      env,
    );
    expect(reviewer.stdout).toContain('(admin, reviewer)');
    const noPassword = await kaidian(['admin', 'create', '--email', 'x@kaidian.test'], env);
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toContain('kaidian: admin create needs --password PASSWORD');
    const badRole = await kaidian(
      [
        'admin',
        'create',
        '--email',
        'y@kaidian.test',
        '--password',
        'some passphrase',
        '--roles',
        'root',
      ],
      env,
    );
    expect(badRole.stderr).toContain(
      '--roles must be a comma-separated list of admin, reviewer, finance',
    );
  }, 60_000);
});

describe('two first operators created at once', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp & { dataDir: string };
  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
  });
  afterAll(() => testApp.close());

  it('makes only one of them first, with every role', async () => {
    const create = (email: string) =>
      adminCreate(testApp.database, testApp.deps.config, {
        email,
        password: 'concurrent passphrase',
        roles: 'finance',
      });
    const outputs = await Promise.all([create('one@kaidian.test'), create('two@kaidian.test')]);
    expect(outputs.filter((output) => output.includes('(admin, reviewer, finance)'))).toHaveLength(
      1,
    );
    expect(outputs.filter((output) => output.includes('(finance).'))).toHaveLength(1);
    const rows = await testApp.database.db.select({ roles: operators.roles }).from(operators);
    expect(rows.map((row) => row.roles.join(',')).sort()).toEqual([
      'admin,reviewer,finance',
      'finance',
    ]);
  }, 60_000);
});
