import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { findRunningEmbedded, freePort, tmpDataDir } from '../../src/server/db/embedded.ts';
import { withClient } from '../support/global-setup.ts';
import { startKaidian, waitForReady } from '../support/server.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('starting and stopping Kaidian', () => {
  const dataDirs: string[] = [];
  afterAll(async () => {
    for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ SMTP_URL: 'http://mail.example.com' }, 'SMTP_URL'],
    [{ DATABASE_URL: 'postgres://kaidian:secret@127.0.0.1:1/kaidian' }, 'DATABASE_URL'],
    // Reachable from other machines with no SMTP server: the mailbox would hand out every code.
    [{ HOST: '0.0.0.0' }, 'DEV_MAILBOX'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
  ])('refuses bad settings %o with one clear line naming %s', async (env, setting) => {
    const run = startKaidian({ DATA_DIR: tmpDataDir(), ...env });
    expect(await run.exited).not.toBe(0);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^kaidian: ${setting}: `));
    expect(lines[0]).not.toContain('secret');
  });

  it('runs on the embedded database, refuses a second instance, stops cleanly on SIGTERM and keeps its data', async () => {
    const dataDir = tmpDataDir();
    dataDirs.push(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { DATA_DIR: dataDir, PORT: String(port) };

    const first = startKaidian(env);
    await waitForReady(url, first.child);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const second = startKaidian({ ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toMatch(/^kaidian: DATA_DIR: .* in use by another running Kaidian/);

    const databaseUrl = await findRunningEmbedded(dataDir);
    expect(databaseUrl).not.toBeNull();
    await withClient(databaseUrl!, (client) =>
      client.query(
        `INSERT INTO dev_messages (channel, to_address, text_body) VALUES ('email', 'kept@example.com', 'survives a restart')`,
      ),
    );
    const postmasterPid = Number(
      (await fs.readFile(`${dataDir}/postgres/postmaster.pid`, 'utf8')).split('\n')[0],
    );

    const stopStarted = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - stopStarted).toBeLessThan(10_000);
    expect(isAlive(postmasterPid)).toBe(false);

    const again = startKaidian(env);
    const readyAfter = await waitForReady(url, again.child);
    expect(readyAfter).toBeLessThan(15_000);
    const messages = await (await fetch(`${url}/api/v1/dev/messages?to=kept@example.com`)).json();
    expect(messages).toEqual([expect.objectContaining({ text: 'survives a restart' })]);
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
  }, 120_000);
});
