import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-types.ts';
import { AppError } from '../errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Routes called by other servers (payment callbacks) opt out; they check signatures instead. */
    csrf?: false;
  }
}

/**
 * Refuse state-changing requests that a browser sends on behalf of another site. Session cookies
 * are SameSite=Lax already; this adds the Fetch-Metadata / Origin check for defence in depth.
 * Clients that are not browsers send neither header and are not affected.
 */
export function registerCsrfProtection(app: FastifyInstance, deps: AppDeps): void {
  const trustedOrigin = new URL(deps.config.publicUrl).origin;
  // A plain callback, done at once for GET and HEAD: most requests pay for no promise here.
  app.addHook('onRequest', (request, _reply, done) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrf === false) {
      done();
      return;
    }
    done(crossSiteRefusal(request, trustedOrigin));
  });
}

function crossSiteRefusal(request: FastifyRequest, trustedOrigin: string): AppError | undefined {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return new AppError('http.forbidden_origin');
  const origin = request.headers.origin;
  if (!origin || fetchSite === 'same-origin') return undefined;
  const sameHost = origin === `${request.protocol}://${request.host}`;
  if (origin !== trustedOrigin && !sameHost) return new AppError('http.forbidden_origin');
  return undefined;
}
