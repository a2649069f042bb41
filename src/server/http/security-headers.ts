import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';

/**
 * The policy of every page (seller center, console, mailbox, API docs, 404): scripts only from
 * our own files, never inline; inline styles stay allowed because the server-rendered pages and
 * mail previews carry theirs. Routes that need another policy (storefront, stored files) set
 * their own Content-Security-Policy header, which replaces this one.
 */
export function pagePolicy(publicUrl: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    // The design page frames the draft storefront; a verification case frames its PDF.
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  // On plain http (a LAN address) upgrading requests would break every asset.
  if (isHttps(publicUrl)) directives['upgrade-insecure-requests'] = [];
  return directives;
}

function isHttps(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === 'https:';
}

/**
 * Security headers on every answer, as helmet sets them; HSTS only when Kaidian is served over
 * https. They are the same for every request, so helmet runs once, here, on a throwaway instance:
 * registered as a plugin it builds its middleware anew for each request.
 */
export async function registerSecurityHeaders(app: FastifyInstance, config: Config): Promise<void> {
  const headers = await helmetHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

async function helmetHeaders(config: Config): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: pagePolicy(config.publicUrl) },
    strictTransportSecurity: isHttps(config.publicUrl)
      ? { maxAge: 365 * 24 * 3600, includeSubDomains: false }
      : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  probe.get('/', async () => '');
  const plain = Fastify({ logger: false });
  plain.get('/', async () => '');
  try {
    const [withHelmet, without] = await Promise.all([
      probe.inject({ method: 'GET', url: '/' }),
      plain.inject({ method: 'GET', url: '/' }),
    ]);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(withHelmet.headers)) {
      if (name in without.headers || value === undefined) continue;
      headers[name] = String(value);
    }
    return headers;
  } finally {
    await Promise.all([probe.close(), plain.close()]);
  }
}
