/**
 * Thousands of WebSocket clients spread over several child processes (fanout-client-worker.ts),
 * so that receiving is not what limits a fan-out measurement. The parent tells them to open,
 * reset and report; they send back a latency histogram (1 ms buckets), delivery counts per
 * socket and, for sequenced rooms, how many frames broke the seq order.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type WorkerCommand =
  | { cmd: 'open'; url: string; headers: Array<Record<string, string>>; resume: string | null; checkSeq: boolean }
  | { cmd: 'reset' }
  | { cmd: 'report' }
  | { cmd: 'close' };

export interface WorkerReport {
  delivered: number;
  seqErrors: number;
  closed: number;
  lastAt: number;
  minPerSocket: number;
  maxPerSocket: number;
  buckets: Array<[ms: number, count: number]>;
  cpu: NodeJS.CpuUsage;
}

/** What all client processes saw since the last reset. */
export interface FanoutReport {
  delivered: number;
  seqErrors: number;
  closed: number;
  lastAt: number;
  minPerSocket: number;
  maxPerSocket: number;
  percentile(p: number): number;
  /** CPU seconds per wall second of the busiest client process since the previous report. */
  clientCpuMax: number;
}

export interface FanoutClients {
  reset(): Promise<void>;
  report(): Promise<FanoutReport>;
  close(): Promise<void>;
}

const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fanout-client-worker.ts');

function ask<T>(child: ChildProcess, command: WorkerCommand): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(command);
  });
}

/**
 * Opens `headers.length` sockets to `url` over `processes` children (socket i gets headers[i]).
 * With `resume`, each socket resumes that conversation from seq 0 and is ready once subscribed.
 */
export async function openFanoutClients(options: {
  url: string;
  headers: Array<Record<string, string>>;
  processes: number;
  resume: string | null;
  checkSeq: boolean;
}): Promise<FanoutClients> {
  const children = Array.from({ length: options.processes }, () =>
    fork(workerPath, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  const share = Math.ceil(options.headers.length / options.processes);
  const opened = await Promise.all(
    children.map((child, i) =>
      ask<{ ok: boolean; error?: string }>(child, {
        cmd: 'open',
        url: options.url,
        headers: options.headers.slice(i * share, (i + 1) * share),
        resume: options.resume,
        checkSeq: options.checkSeq,
      }),
    ),
  );
  const failed = opened.find((answer) => !answer.ok);
  if (failed) throw new Error(`a client process could not open its sockets: ${failed.error}`);
  let cpuAt = performance.now();
  let cpuBefore = children.map(() => 0);
  return {
    reset: async () => {
      await Promise.all(children.map((child) => ask(child, { cmd: 'reset' })));
    },
    report: async () => {
      const reports = await Promise.all(children.map((child) => ask<WorkerReport>(child, { cmd: 'report' })));
      const histogram = new Map<number, number>();
      for (const report of reports) for (const [ms, n] of report.buckets) histogram.set(ms, (histogram.get(ms) ?? 0) + n);
      const sorted = [...histogram].sort((a, b) => a[0] - b[0]);
      const delivered = reports.reduce((sum, r) => sum + r.delivered, 0);
      const now = performance.now();
      const cpu = reports.map((r) => (r.cpu.user + r.cpu.system) / 1e6);
      const clientCpuMax = Math.max(...cpu.map((c, i) => (c - cpuBefore[i]!) / ((now - cpuAt) / 1000)));
      cpuBefore = cpu;
      cpuAt = now;
      return {
        delivered,
        seqErrors: reports.reduce((sum, r) => sum + r.seqErrors, 0),
        closed: reports.reduce((sum, r) => sum + r.closed, 0),
        lastAt: Math.max(...reports.map((r) => r.lastAt)),
        minPerSocket: Math.min(...reports.map((r) => r.minPerSocket)),
        maxPerSocket: Math.max(...reports.map((r) => r.maxPerSocket)),
        clientCpuMax: Number(clientCpuMax.toFixed(2)),
        percentile: (p) => {
          if (delivered === 0) return NaN;
          const rank = Math.min(delivered - 1, Math.floor((p / 100) * delivered));
          let seen = 0;
          for (const [ms, n] of sorted) {
            seen += n;
            if (seen > rank) return ms;
          }
          return sorted.at(-1)![0];
        },
      };
    },
    close: async () => {
      await Promise.all(
        children.map(async (child) => {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          await ask(child, { cmd: 'close' });
          await exited;
        }),
      );
    },
  };
}
