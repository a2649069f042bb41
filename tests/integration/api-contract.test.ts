import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../support/app.ts';

const run = promisify(execFile);

describe('the web app’s API types, generated from the server’s schemas', () => {
  let dir: string;
  let types: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kaidian-contract-'));
    const out = path.join(dir, 'openapi.d.ts');
    // No DATABASE_URL and nothing listening: a fresh clone can type-check the web app.
    const env = { ...process.env };
    delete env.DATABASE_URL;
    await run(process.execPath, ['scripts/api-contract.mjs', '--out', out], {
      cwd: ROOT_DIR,
      env,
      timeout: 60_000,
    });
    types = await fs.readFile(out, 'utf8');
  }, 90_000);
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('are written without a database, one operation per operationId', () => {
    expect(types).toContain('export interface operations');
    for (const operationId of ['getMeStore', 'postMeStorePurchase', 'getAdminPayments']) {
      expect(types).toContain(`\n    ${operationId}: {`);
    }
  });

  it('give every JSON answer a shape, so pages cannot read a field the server does not send', () => {
    const shapeless = types
      .split('\n')
      .filter((line) => /"application\/json": (unknown|Record<string, never>);/.test(line));
    expect(shapeless).toEqual([]);
  });

  it('keep the answer’s enums, which pages switch over', () => {
    const operations = types.slice(types.indexOf('export interface operations'));
    const verification = operations.slice(
      operations.indexOf('\n    getMeVerification: {'),
      operations.indexOf('\n    postMeVerification: {'),
    );
    expect(verification).toContain('idType?: "cn_resident_id" | "passport" | "other";');
  });
});
