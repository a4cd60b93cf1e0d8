/**
 * Many WebSocket clients in this process, each timing the frames it receives: the sender
 * puts `Date.now()` in the message body (same machine, same clock), the client takes it out.
 */
import WebSocket from 'ws';

export interface ClientPool {
  sockets: WebSocket[];
  /** Post→deliver latencies (ms) recorded since the last `reset`. */
  latencies: number[];
  reset(): void;
  close(): Promise<void>;
}

/** Opens `count` sockets; `onOpen` sends what each must (subscribe, resume) and resolves when it is ready. */
export async function openClients(options: {
  count: number;
  url: (index: number) => string;
  headers: (index: number) => Record<string, string>;
  ready: (socket: WebSocket, index: number) => Promise<void>;
  /** Extracts the sender's timestamp from a frame, or null for frames that are not deliveries. */
  stamp: (frame: string) => number | null;
  concurrency?: number;
}): Promise<ClientPool> {
  const latencies: number[] = [];
  const sockets: WebSocket[] = [];
  const open = async (index: number) => {
    const socket = new WebSocket(options.url(index), { headers: options.headers(index), perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.on('message', (data) => {
      const sent = options.stamp(data.toString());
      if (sent !== null) latencies.push(Date.now() - sent);
    });
    await options.ready(socket, index);
    sockets[index] = socket;
  };
  const concurrency = options.concurrency ?? 100;
  for (let start = 0; start < options.count; start += concurrency) {
    await Promise.all(Array.from({ length: Math.min(concurrency, options.count - start) }, (_, i) => open(start + i)));
  }
  return {
    sockets,
    latencies,
    reset: () => {
      latencies.length = 0;
    },
    close: async () => {
      await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === WebSocket.CLOSED) return resolve();
              socket.once('close', () => resolve());
              socket.terminate();
            }),
        ),
      );
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
