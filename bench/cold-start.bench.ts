/** Cold start to a ready /api/health on SQLite, and idle RSS (targets: < 1.5 s, < 150 MB). */
import { emit, startServer } from './lib/server.js';

const runs = 5;
const times: number[] = [];
let rss = 0;
for (let i = 0; i < runs; i++) {
  const server = await startServer();
  times.push(server.readyMs);
  if (i === runs - 1) {
    await new Promise((r) => setTimeout(r, 2000));
    rss = server.rssMb();
  }
  await server.stop();
}
times.sort((a, b) => a - b);
emit({
  bench: 'cold_start_ms',
  median: Math.round(times[Math.floor(runs / 2)]!),
  min: Math.round(times[0]!),
  max: Math.round(times[runs - 1]!),
  runs,
  target_ms: 1500,
});
emit({ bench: 'idle_rss_mb', value: Math.round(rss), target_mb: 150 });
