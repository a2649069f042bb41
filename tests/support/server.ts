import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createProductImportWorker } from '../../src/server/modules/products/index.ts';
import { createTestApp, ROOT_DIR, type TestApp, type TestAppOptions } from './app.ts';

export interface TestServer extends TestApp {
  url: string;
}

/** The real app listening on a random local port, its outbox worker running (browser tests). */
export async function startTestServer(options: TestAppOptions = {}): Promise<TestServer> {
  const testApp = await createTestApp(options);
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  testApp.worker.start();
  // CSV imports run in the background, as main.ts runs them.
  const imports = createProductImportWorker(
    { db: testApp.database.db, ...testApp.deps, log: { warn: () => undefined } },
    { pollIntervalMs: 200 },
  );
  imports.start();
  return {
    ...testApp,
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await imports.stop();
      await testApp.close();
    },
  };
}

export interface KaidianProcess {
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stderr(): string;
}

/** `npm start`'s command line from package.json without `node`: its node options and entry point. */
const START_ARGS = (
  JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start
  .split(' ')
  .slice(1);

/**
 * `npm start` as an operator runs it: the real entry point in its own process, with the node
 * options of package.json's start script (the heap's size among them); `nodeArgs` go before them,
 * e.g. a bench's `--cpu-prof`, which NODE_OPTIONS does not take.
 */
export function startKaidian(env: Record<string, string>, nodeArgs: string[] = []): KaidianProcess {
  const child = spawn(process.execPath, [...nodeArgs, ...START_ARGS], {
    cwd: ROOT_DIR,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  // Logs go to stdout; reading it keeps a chatty process from blocking on a full pipe.
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

/** Wait until /readyz answers 200; the time it took. */
export async function waitForReady(
  url: string,
  child: ChildProcess,
  timeoutMs = 60_000,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error('Kaidian exited before it was ready');
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Kaidian did not become ready');
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request from a chosen loopback address (127.x.y.z): many clients, each with its own
 * socket address, as per-IP limits see them, with no proxy header to trust.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; body?: unknown } = {},
): Promise<HttpAnswer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: options.method ?? (payload ? 'POST' : 'GET'),
        localAddress,
        agent: false,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : {},
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
