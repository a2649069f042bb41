import { createTestApp, type TestApp, type TestAppOptions } from './app.ts';

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
  return { ...testApp, url: `http://127.0.0.1:${address.port}` };
}
