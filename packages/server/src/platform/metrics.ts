import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics served at /metrics. One registry per app so tests stay isolated. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'hearth_' });
  const httpDuration = new Histogram({
    name: 'hearth_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const idempotentReplays = new Counter({
    name: 'hearth_idempotent_replays_total',
    help: 'Requests answered from a stored Idempotency-Key',
    registers: [registry],
  });
  const mailsQueued = new Counter({
    name: 'hearth_mails_total',
    help: 'Mails recorded, by kind',
    labelNames: ['kind'],
    registers: [registry],
  });
  // prom-client hashes the label set on every observe; one child per route and status
  // (a bounded set: routes are registered, statuses few) skips that on the hot path.
  const durationChildren = new Map<string, ReturnType<typeof httpDuration.labels>>();
  const observeRequest = (method: string, route: string, status: number, seconds: number) => {
    const key = `${method} ${route} ${status}`;
    let child = durationChildren.get(key);
    if (!child) durationChildren.set(key, (child = httpDuration.labels({ method, route, status })));
    child.observe(seconds);
  };
  return { registry, httpDuration, observeRequest, idempotentReplays, mailsQueued };
}
export type Metrics = ReturnType<typeof createMetrics>;
