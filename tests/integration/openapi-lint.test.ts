import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ROOT_DIR, type TestApp } from '../support/app.ts';
import { api, buyStore, offer, storeMerchant } from '../support/stores.ts';

interface LintReport {
  code: number | null;
  totals: { errors: number; warnings: number };
  /** One line per problem: severity, rule, where in the document, what. */
  problems: string[];
}

interface RedoclyProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer: string }[];
}

/** Redocly's own CLI, offline: no telemetry, no update check, the repository's redocly.yaml. */
function redoclyLint(file: string): Promise<LintReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT_DIR, 'node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        '--config',
        path.join(ROOT_DIR, 'redocly.yaml'),
        '--max-problems',
        '1000',
        '--format',
        'json',
      ],
      {
        cwd: ROOT_DIR,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const report = JSON.parse(stdout) as {
          totals: LintReport['totals'];
          problems: RedoclyProblem[];
        };
        const problems = report.problems.map(
          (problem) =>
            `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
        );
        resolve({ code, totals: report.totals, problems });
      } catch {
        reject(new Error(`redocly lint gave no report (exit ${code}): ${stderr}${stdout}`));
      }
    });
  });
}

describe('the API document as a contract for generated clients', () => {
  let testApp: TestApp;
  let dir: string;

  beforeAll(async () => {
    // A deployment's own address: the document lists it as the server (a localhost one is a lint warning).
    testApp = await createTestApp({ env: { PUBLIC_URL: 'https://shop.kaidian.example.org' } });
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-openapi-'));
  });
  afterAll(async () => {
    await testApp.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('passes redocly lint with the recommended rules, without errors or warnings', async () => {
    const response = await testApp.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const file = path.join(dir, 'openapi.json');
    await fs.writeFile(file, JSON.stringify(response.json(), null, 2));
    const report = await redoclyLint(file);
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.code).toBe(0);
  }, 60_000);

  it('names the credential each operation takes, as its guard enforces it', async () => {
    const document = (await testApp.app.inject({ url: '/api/openapi.json' })).json();
    expect(document.components.securitySchemes).toMatchObject({
      merchantSession: { type: 'apiKey', in: 'cookie', name: 'kd_session' },
      operatorSession: { type: 'apiKey', in: 'cookie', name: 'kd_admin' },
      providerSignature: { type: 'apiKey', in: 'header', name: 'x-kaidian-signature' },
    });
    const operation = (method: string, path: string) => document.paths[path]?.[method];
    expect(operation('get', '/api/v1/me/store').security).toEqual([{ merchantSession: [] }]);
    expect(operation('get', '/api/v1/admin/payments').security).toEqual([{ operatorSession: [] }]);
    expect(operation('post', '/api/v1/auth/signup').security).toEqual([]);
    expect(operation('get', '/api/v1/store-types').security).toEqual([]);
    expect(operation('post', '/api/v1/payments/callbacks/{provider}').security).toEqual([
      { providerSignature: [] },
    ]);

    // And the errors that follow from it, in the one shared shape.
    const confirm = operation('post', '/api/v1/admin/payments/{id}/confirm');
    expect(confirm.operationId).toBe('postAdminPaymentsIdConfirm');
    expect(Object.keys(confirm.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404']),
    );
    expect(confirm.responses['403'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(operation('get', '/api/v1/me/store').operationId).toBe('getMeStore');
    expect(operation('get', '/api/v1/me/store').responses['403']).toBeUndefined();

    // The sandbox is documented beside the merchant's payments, not next to the callbacks.
    expect(operation('post', '/api/v1/me/payments/{id}/sandbox')).toBeDefined();
    expect(document.paths['/api/v1/payments/{id}/sandbox']).toBeUndefined();
  });

  it('still answers the sandbox at its old path, for clients written against it', async () => {
    const merchant = await storeMerchant(testApp);
    const purchase = await buyStore(
      testApp,
      merchant,
      await offer(testApp, 'personal', 'standard'),
    );
    const paid = await api(testApp, 'POST', `/api/v1/payments/${purchase.payment.id}/sandbox`, {
      cookie: merchant.cookie,
      body: { outcome: 'succeed' },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().status).toBe('succeeded');
  });
});
