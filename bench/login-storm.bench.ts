/**
 * Login storm: argon2id logins at OWASP parameters as fast as the server takes them, with
 * /api/health measured alongside — hashing runs on libuv's pool, so health must stay fast.
 */
import { load } from './lib/load.js';
import { emit, setupCommunity, startServer } from './lib/server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const server = await startServer({ HEARTH_RATE_LIMIT: 'false' });
await setupCommunity(server.url);
const idleHealth = await load({ url: server.url, paths: ['/api/health'], connections: 4, seconds: 3 });
const body = JSON.stringify({ email: 'owner@bench.test', password: 'bench passphrase 123' });
const [logins, health] = await Promise.all([
  load({
    url: server.url,
    paths: ['/api/auth/login'],
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', origin: server.url },
    connections: 16,
    seconds: SECONDS,
  }),
  load({ url: server.url, paths: ['/api/health'], connections: 4, seconds: SECONDS }),
]);
await server.stop();
emit({
  bench: 'login_storm',
  logins_per_s: logins.rps,
  login_p99_ms: logins.p99,
  non2xx: logins.non2xx,
  connections: 16,
  argon2: 'argon2id m=19456 t=2 p=1',
});
emit({ bench: 'health_p99_during_login_storm', p99_ms: health.p99, p50_ms: health.p50, rps: health.rps, idle_p99_ms: idleHealth.p99 });
