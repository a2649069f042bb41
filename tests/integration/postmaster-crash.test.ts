import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  clusterDir,
  findRunningEmbedded,
  freePort,
  tmpDataDir,
} from '../../src/server/db/embedded.ts';
import { PASSWORD } from '../support/accounts.ts';
import { withClient } from '../support/global-setup.ts';
import {
  type HttpAnswer,
  type KaidianProcess,
  requestFrom,
  startKaidian,
  waitForReady,
} from '../support/server.ts';

/**
 * `kill -9` of the embedded postmaster while sign-ups pour in. The normal suite runs 40 of them;
 * `npm run test:crash` (vitest.crash.config.ts) runs the full 200.
 */
const SIGNUPS = Number(process.env.KAIDIAN_CRASH_SIGNUPS ?? 40);
/** The postmaster is killed once this many sign-ups have been acknowledged. */
const KILL_AFTER = Math.ceil(SIGNUPS / 4);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function postmasterPid(dataDir: string): Promise<number> {
  const text = await fs.readFile(path.join(clusterDir(dataDir), 'postmaster.pid'), 'utf8');
  return Number(text.split('\n')[0]);
}

/** Sign-up i comes from 127.1.x.y: its own client address, so per-IP limits apply as in life. */
const clientAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

/** The one-time code in the newest message of a development mailbox answer. */
function codeIn(answer: HttpAnswer): string | undefined {
  const [message] = JSON.parse(answer.body) as { text: string }[];
  return message ? /\b(\d{6})\b/.exec(message.text)?.[1] : undefined;
}

interface Flow {
  email: string;
  answers: HttpAnswer[];
  /** The sign-up request was answered 202: its pending sign-up must be kept. */
  requested: boolean;
  /** The code was accepted with 201: the account must exist. */
  created: boolean;
}

describe('the embedded postmaster killed under load', () => {
  const dataDirs: string[] = [];
  const processes: KaidianProcess[] = [];
  afterAll(async () => {
    // A test that failed half-way leaves its Kaidian running: stop it (and its postmaster).
    for (const kaidian of processes) {
      if (kaidian.child.exitCode === null && kaidian.child.signalCode === null) {
        kaidian.child.kill('SIGTERM');
        await kaidian.exited;
      }
    }
    for (const dir of dataDirs) await fs.rm(dir, { recursive: true, force: true });
  });

  async function startOnFreshData() {
    const dataDir = tmpDataDir();
    dataDirs.push(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const kaidian = startKaidian({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
    processes.push(kaidian);
    await waitForReady(url, kaidian.child, 120_000);
    return { dataDir, url, kaidian };
  }

  it(`keeps every acknowledged write of ${SIGNUPS} concurrent sign-ups, and serves again without a restart`, async () => {
    const { dataDir, url, kaidian } = await startOnFreshData();
    const started = Date.now();
    let acknowledged = 0;
    let killedAt = 0;
    let recovered: Promise<number> = Promise.resolve(0);
    const kill = async () => {
      process.kill(await postmasterPid(dataDir), 'SIGKILL');
      killedAt = Date.now();
      recovered = (async () => {
        while (kaidian.child.exitCode === null) {
          const ready = await fetch(`${url}/readyz`).then(
            (response) => response.status === 200,
            () => false,
          );
          if (ready) return Date.now() - killedAt;
          await sleep(100);
        }
        return Number.NaN;
      })();
    };

    /** Like a client: retry after a 503 (the database is restarting), give up after a while. */
    async function until(
      flow: Flow,
      send: () => Promise<HttpAnswer>,
      done: (answer: HttpAnswer) => boolean,
      again = (answer: HttpAnswer) => answer.status === 503,
    ): Promise<HttpAnswer | null> {
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const answer = await send();
        flow.answers.push(answer);
        if (done(answer)) return answer;
        if (!again(answer)) return null;
        await sleep(500);
      }
      return null;
    }

    async function signUp(i: number): Promise<Flow> {
      const from = clientAddress(i);
      const flow: Flow = {
        email: `crash.${i}.${started}@example.com`,
        answers: [],
        requested: false,
        created: false,
      };
      const requested = await until(
        flow,
        () =>
          requestFrom(from, `${url}/api/v1/auth/signup`, {
            body: { email: flow.email, password: PASSWORD, accountType: 'personal' },
          }),
        (answer) => answer.status === 202,
      );
      if (!requested) return flow;
      flow.requested = true;
      acknowledged += 1;
      if (acknowledged === KILL_AFTER) void kill();

      const mail = await until(
        flow,
        () => requestFrom(from, `${url}/api/v1/dev/messages?to=${encodeURIComponent(flow.email)}`),
        (answer) => answer.status === 200 && codeIn(answer) !== undefined,
        // Not delivered yet (the outbox worker is behind, or waiting out the outage).
        (answer) => answer.status === 200 || answer.status === 503,
      );
      const code = mail ? codeIn(mail) : undefined;
      if (!code) return flow;
      const created = await until(
        flow,
        () =>
          requestFrom(from, `${url}/api/v1/auth/signup/verify`, {
            body: { email: flow.email, code },
          }),
        (answer) => answer.status === 201,
      );
      flow.created = created !== null;
      return flow;
    }

    const flows = await Promise.all(Array.from({ length: SIGNUPS }, (_, i) => signUp(i)));
    const finished = Date.now();

    // Kaidian stayed up through it all: the postmaster was brought back underneath it.
    expect(killedAt).toBeGreaterThan(0);
    expect(kaidian.child.exitCode).toBeNull();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const outageMs = await recovered;

    // While the database was away the answer was a 503 in the error shape, never a 500.
    const answers = flows.flatMap((flow) => flow.answers);
    const unavailable = answers.filter((answer) => answer.status === 503);
    // The kill landed under load: requests were in flight or arriving while the database was away.
    expect(unavailable.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503)).toEqual([]);
    for (const answer of unavailable) {
      expect(JSON.parse(answer.body).error.code).toBe('database.unavailable');
      expect(answer.headers['retry-after']).toBe('5');
    }

    // Every write Kaidian acknowledged is there after the crash.
    const databaseUrl = await findRunningEmbedded(dataDir);
    expect(databaseUrl).not.toBeNull();
    const stored = await withClient(databaseUrl as string, async (client) => {
      const pending = await client.query<{ address: string }>(
        'SELECT address FROM signup_requests',
      );
      const accounts = await client.query<{ email: string }>(
        'SELECT email_normalized AS email FROM merchants',
      );
      return {
        requested: new Set([
          ...pending.rows.map((row) => row.address),
          ...accounts.rows.map((row) => row.email),
        ]),
        created: new Set(accounts.rows.map((row) => row.email)),
      };
    });
    const requested = flows.filter((flow) => flow.requested);
    const created = flows.filter((flow) => flow.created);
    expect(requested.filter((flow) => !stored.requested.has(flow.email))).toEqual([]);
    expect(created.filter((flow) => !stored.created.has(flow.email))).toEqual([]);
    // And the sign-ups caught by the crash went through once the database was back.
    expect(created.length).toBeGreaterThan(KILL_AFTER);

    console.log(
      `crash run: ${SIGNUPS} sign-ups in ${((finished - started) / 1000).toFixed(1)} s; postmaster killed after ${KILL_AFTER} acknowledged, ready again ${(outageMs / 1000).toFixed(1)} s later; ` +
        `${requested.length} requests and ${created.length} accounts acknowledged, all present; ` +
        `${unavailable.length} answers were 503 while the database was away`,
    );

    // The graceful stop still works on a postmaster that was restarted.
    kaidian.child.kill('SIGTERM');
    expect(await kaidian.exited).toBe(0);
    expect(kaidian.stderr()).toBe('');
  }, 300_000);

  it('exits with one line when the postmaster cannot be brought back', async () => {
    const { dataDir, kaidian } = await startOnFreshData();
    // Without PG_VERSION the directory is no longer a cluster a postmaster will start on.
    await fs.rm(path.join(clusterDir(dataDir), 'PG_VERSION'));
    process.kill(await postmasterPid(dataDir), 'SIGKILL');

    expect(await kaidian.exited).toBe(1);
    const lines = kaidian.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kaidian: the embedded PostgreSQL in .* could not be restarted/);
  }, 120_000);
});
