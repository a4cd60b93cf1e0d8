/** A real WebSocket client for tests: connects to /api/realtime with a member's cookies, collects frames. */
import WebSocket from 'ws';
import type { ApiClient } from './harness.js';

export interface TestSocket {
  ws: WebSocket;
  frames: Record<string, any>[];
  send(frame: unknown): void;
  /** Resolves with the first collected frame (from `from` on) that matches; rejects after `ms`. */
  waitFor(match: (frame: Record<string, any>) => boolean, ms?: number, from?: number): Promise<Record<string, any>>;
  /** Resolves once `count` frames match. */
  waitForCount(match: (frame: Record<string, any>) => boolean, count: number, ms?: number): Promise<Record<string, any>[]>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export async function openSocket(client: ApiClient, options: { origin?: string } = {}): Promise<TestSocket> {
  const url = `${client.baseUrl.replace(/^http/, 'ws')}/api/realtime`;
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const ws = new WebSocket(url, { headers: { origin: options.origin ?? client.baseUrl, ...(cookie ? { cookie } : {}) } });
  const frames: Record<string, any>[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(JSON.parse(data.toString()));
    for (const waiter of waiters) waiter();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused: ${response.statusCode}`)));
  });
  const waitForCount = (match: (frame: Record<string, any>) => boolean, count: number, ms = 5_000) =>
    new Promise<Record<string, any>[]>((resolve, reject) => {
      const check = () => {
        const found = frames.filter(match);
        if (found.length >= count) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${count} frames; got ${JSON.stringify(frames.slice(-5))}`));
      }, ms);
      waiters.add(check);
      check();
    });
  return {
    ws,
    frames,
    send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    waitFor: async (match, ms = 5_000, from = 0) => (await waitForCount((f) => frames.indexOf(f) >= from && match(f), 1, ms))[0]!,
    waitForCount,
    closed,
    close: () => ws.close(),
  };
}
