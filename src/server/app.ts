import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { storefrontRoutes } from '../storefront/routes.ts';
import { mailboxRoutes } from './adapters/mailbox/routes.ts';
import { composition } from './app-modules.ts';
import type { AppDeps, AppInstance } from './app-types.ts';
import { errorLookup } from './errors.ts';
import { clientErrorHandler, frameworkErrorHandler, registerInputGuard } from './http/bad-input.ts';
import { registerCsrfProtection } from './http/csrf.ts';
import { registerDevMailboxNotice } from './http/dev-mailbox-notice.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { healthRoutes } from './http/health.ts';
import { registerLocale } from './http/locale.ts';
import { registerMetrics } from './http/metrics.ts';
import { openapiContract } from './http/openapi-contract.ts';
import { registerOwnWritesInForce } from './http/own-writes.ts';
import { RequestLog } from './http/request-log.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSessionAuth } from './http/session-auth.ts';
import { registerUnreadBodyDrain } from './http/unread-body.ts';
import { registerWebApp } from './web/static.ts';

export interface BuildOptions {
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
}

/** The whole HTTP application, ready for `listen()` or `inject()`; it does not listen itself. */
export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<AppInstance> {
  // Every module's error codes and the foundation's, as the error handlers answer them.
  const errors = errorLookup(composition.errors);
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // One line per request instead of Fastify's two (received, answered).
    logController: new RequestLog(),
    // Off unless TRUST_PROXY names the proxy in front: otherwise any client could pick the
    // address every per-IP limit, session and audit entry records.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
    // Ajv: report every problem at once, so a form can mark all bad fields together.
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: true } },
    return503OnClosing: true,
    // Errors raised before a request reaches a route are answered in the API's error shape too.
    frameworkErrors: frameworkErrorHandler(errors),
    clientErrorHandler: clientErrorHandler(errors),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Before compression, which would hide the HTML it adds the warning to.
  registerDevMailboxNotice(app, deps.config.devMailboxWarning);
  // Brotli or gzip for pages, JSON and the web bundle: it matters most on slow phone networks.
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  registerLocale(app);
  registerSessionAuth(app);
  registerErrorHandler(app, errors);
  registerUnreadBodyDrain(app);
  registerInputGuard(app);
  await registerSecurityHeaders(app, deps.config);
  registerCsrfProtection(app, deps);
  registerMetrics(app, deps);
  registerOwnWritesInForce(app, deps.database.pool);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kaidian API',
        version: '1',
        description:
          'The public JSON API of Kaidian (开店). Everything the seller center and operator console do goes through it.',
      },
      servers: [{ url: deps.config.publicUrl }],
    },
    ...openapiContract(errors),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The page policy from security-headers.ts fits Swagger UI (no inline script); the online
    // validator badge would be the one thing it loads from elsewhere.
    uiConfig: { validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  healthRoutes(app, deps);
  if (deps.config.devMailbox) mailboxRoutes(app, deps);
  // Every business module's routes, from the one list in app-modules.ts.
  for (const routes of composition.routes) await routes(app, deps);
  await storefrontRoutes(app, deps);
  await registerWebApp(app, deps.webDir);

  return app;
}

/** Fastify takes a hop count too, though its types do not say so: as a function they do. */
function trustProxyOption(trusted: AppDeps['config']['trustProxy']) {
  return typeof trusted === 'number' ? (_address: string, hop: number) => hop < trusted : trusted;
}
