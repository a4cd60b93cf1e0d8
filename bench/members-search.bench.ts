/**
 * GET /api/members?q= over 100,000 members at 50 connections (target ≥ 3,000 req/s, p99 <
 * 30 ms), beside a bare Fastify route serving the same JSON from memory (the ceiling).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../packages/server/src/app/build-app.js';
import { loadConfig } from '../packages/server/src/config/config.js';
import { withTransaction } from '../packages/server/src/db/database.js';
import { createLogger } from '../packages/server/src/platform/logger.js';
import { load } from './lib/load.js';
import { memberName } from './lib/names.js';
import { emit, freePort, root, startServer } from './lib/server.js';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-members-'));

// Seed through the service layer (same code path as registration), in one transaction.
const seedStart = performance.now();
const hearth = await buildApp(loadConfig({ HEARTH_DATA_DIR: dataDir, HEARTH_ROLES: 'api', HEARTH_SQLITE_SYNCHRONOUS: 'NORMAL' }), {
  logger: createLogger('silent'),
});
await hearth.modules.system.setup(
  {
    community: { name: 'Bench', locale: 'zh-TW' },
    owner: { email: 'owner@bench.test', password: 'bench passphrase 123', displayName: 'Owner' },
    demo: false,
  },
  null,
);
await withTransaction(hearth.platform.db, async (tx) => {
  for (let i = 0; i < MEMBERS; i++) {
    await hearth.modules.members.service.createMember(tx, {
      email: `m${i}@bench.test`,
      displayName: memberName(i),
      role: 'member',
      status: 'active',
      locale: 'zh-TW',
      timeZone: 'Asia/Taipei',
    });
  }
});
const owner = await hearth.modules.members.service.findByEmail(hearth.platform.db, 'owner@bench.test');
const token = await hearth.modules.identity.sessions.create(hearth.platform.db, owner!.id, 'bench');
await hearth.close();
emit({ bench: 'members_seed', members: MEMBERS, seconds: Number(((performance.now() - seedStart) / 1000).toFixed(1)) });

const queries = ['王', '張', '张晓', '陳志', '明', '怡君', 'anna', 'chen', '李偉', '林'];
const paths = queries.map((q) => `/api/members?q=${encodeURIComponent(q)}&limit=20`);
const server = await startServer({ HEARTH_RATE_LIMIT: 'false' }, dataDir);
const headers = { cookie: `hearth_session=${token}` };

// Capture Hearth's real answers so the ceiling serves byte-identical JSON.
const bodies: Record<string, string> = {};
for (const p of paths) {
  const res = await fetch(server.url + p, { headers });
  if (res.status !== 200) throw new Error(`${p} → ${res.status}`);
  bodies[p] = await res.text();
}
await load({ url: server.url, paths, connections: 50, seconds: 2, headers }); // warm-up
const hearthResult = await load({ url: server.url, paths, connections: 50, seconds: SECONDS, headers });
await server.stop();

const port = freePort();
const bare = spawn(process.execPath, [path.join(root, 'bench/lib/bare-server.mjs')], {
  env: { ...process.env, PORT: String(port), BARE_BODIES: JSON.stringify(bodies) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => bare.stdout!.once('data', resolve));
await load({ url: `http://127.0.0.1:${port}`, paths, connections: 50, seconds: 2 });
const bareResult = await load({ url: `http://127.0.0.1:${port}`, paths, connections: 50, seconds: SECONDS });
bare.kill();

emit({ bench: 'members_search', members: MEMBERS, connections: 50, ...hearthResult, target_rps: 3000, target_p99_ms: 30 });
emit({ bench: 'members_search_ceiling_bare_fastify', connections: 50, ...bareResult });
emit({ bench: 'members_search_ratio_to_ceiling', value: Number((hearthResult.rps / bareResult.rps).toFixed(2)) });
fs.rmSync(dataDir, { recursive: true, force: true });
