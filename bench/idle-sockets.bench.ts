/**
 * 10,000 idle WebSocket connections to one Hearth node, each signed in and subscribed to its
 * member's own room (what every open app tab holds): the server's RSS before and after.
 * Target: RSS < 600 MB.
 */
import { emit, startServer } from './lib/server.js';
import { seedCommunity } from './lib/seed-community.js';
import { openClients } from './lib/ws-clients.js';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const MEMBERS = 1_000;

const seeded = await seedCommunity(MEMBERS);
const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, seeded.dataDir);
const wsUrl = server.url.replace('http', 'ws') + '/api/realtime';
await new Promise((resolve) => setTimeout(resolve, 1_000));
const rssBefore = server.rssMb();
const started = performance.now();
const pool = await openClients({
  count: SOCKETS,
  url: () => wsUrl,
  headers: (i) => ({ cookie: `hearth_session=${seeded.memberTokens[i % MEMBERS]}`, origin: server.url }),
  ready: (socket, i) =>
    new Promise((resolve) => {
      socket.once('message', () => resolve());
      socket.send(JSON.stringify({ type: 'subscribe', room: `member:${seeded.memberIds[i % MEMBERS]}` }));
    }),
  stamp: () => null,
  concurrency: 200,
});
const connectSeconds = (performance.now() - started) / 1000;
// Let allocation settle (and one heartbeat pass) before reading the figure.
await new Promise((resolve) => setTimeout(resolve, 5_000));
const rssAfter = server.rssMb();
emit({
  bench: 'idle_sockets',
  sockets: SOCKETS,
  connect_seconds: Number(connectSeconds.toFixed(1)),
  rss_mb_before: Math.round(rssBefore),
  rss_mb_with_sockets: Math.round(rssAfter),
  kb_per_socket: Math.round(((rssAfter - rssBefore) * 1024) / SOCKETS),
  target_rss_mb: 600,
});
await pool.close();
await server.stop();
