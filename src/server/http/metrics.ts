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

  // Each series' counter and histogram, looked up once: prom-client hashes the labels per call.
  const counted = new Map<string, client.Counter.Internal>();
  const timed = new Map<string, client.Histogram.Internal<'method' | 'route'>>();
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, not the raw URL: one series per route, whatever ids it is called with.
    const route = request.routeOptions.url ?? 'unmatched';
    const { method } = request;
    const series = `${method} ${route}`;
    let timer = timed.get(series);
    if (!timer) {
      timer = latency.labels(method, route);
      timed.set(series, timer);
    }
    timer.observe(reply.elapsedTime / 1000);
    const answered = `${series} ${reply.statusCode}`;
    let counter = counted.get(answered);
    if (!counter) {
      counter = requests.labels(method, route, String(reply.statusCode));
      counted.set(answered, counter);
    }
    counter.inc();
    done();
  });

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: true } },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  );
}
