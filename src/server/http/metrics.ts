import client from 'prom-client';
import type { AppDeps, AppInstance } from '../app-types.ts';
import { outboxDepth } from '../outbox/manage.ts';

/** Prometheus metrics for this app instance (its own registry, so tests can build many apps). */
export function registerMetrics(app: AppInstance, deps: AppDeps): void {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });

  const requests = new client.Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new client.Gauge({
    name: 'outbox_messages',
    help: 'Outbox messages by status (pending is the delivery backlog)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const depth = await outboxDepth(deps.database.db).catch(() => null);
      if (!depth) return;
      for (const [status, count] of Object.entries(depth)) this.set({ status }, count);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the raw URL: one series per route, whatever ids it is called with.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: true } },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
}
