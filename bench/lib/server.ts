/** Starts Hearth (the built bundle if present, else the TypeScript source) as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  dataDir: string;
  readyMs: number;
  rssMb(): number;
  stop(): Promise<void>;
}

export function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}

/**
 * BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=prof") profiles the server under load;
 * BENCH_FROM_SOURCE=1 runs the TypeScript source even when a (possibly stale) bundle exists.
 */
export function serverCommand(): string[] {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const bundle = path.join(root, 'packages/server/dist/main.js');
  if (fs.existsSync(bundle) && process.env.BENCH_FROM_SOURCE !== '1') return [...nodeArgs, bundle];
  return [...nodeArgs, '--import', 'tsx', path.join(root, 'packages/server/src/main.ts')];
}

export async function startServer(env: Record<string, string> = {}, dataDir?: string): Promise<RunningServer> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, serverCommand(), {
    cwd: root,
    env: { ...process.env, HEARTH_PORT: String(port), HEARTH_HOST: '127.0.0.1', HEARTH_DATA_DIR: dir, HEARTH_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    dataDir: dir,
    readyMs,
    rssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function emit(figure: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figure)}\n`);
}

/** Sets a community up over HTTP and returns the owner's session cookie. */
export async function setupCommunity(url: string, demo = false): Promise<string> {
  const res = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({
      community: { name: 'Bench', locale: 'zh-TW' },
      owner: { email: 'owner@bench.test', password: 'bench passphrase 123', displayName: 'Owner' },
      demo,
    }),
  });
  if (res.status !== 201) throw new Error(`setup failed ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}
