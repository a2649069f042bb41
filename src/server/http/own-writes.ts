import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { caughtUpWith } from '../cache/change-feed.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that may have written (any unsafe method, any route) is answered only once its
 * changes' NOTIFYs have reached this instance's caches (change-feed.ts, caughtUpWith): the
 * client's next request here sees its own change, whatever the cache.
 */
export function registerOwnWritesInForce(app: FastifyInstance, pool: pg.Pool): void {
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (SAFE_METHODS.has(request.method)) return done(null, payload);
    caughtUpWith(pool).then(
      () => done(null, payload),
      () => done(null, payload),
    );
  });
}
