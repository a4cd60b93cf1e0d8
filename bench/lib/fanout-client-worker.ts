/**
 * One child process of WebSocket clients for the chat fan-out bench (see fanout-clients.ts).
 * Each frame that carries a posted body `t:<sent ms>:<n>` is a delivery: its latency goes into
 * a 1 ms histogram, and with `checkSeq` its `"seq":` must be the socket's previous seq + 1
 * (exactly once, in order, no holes). Frames are scanned as bytes, not parsed, so the clients
 * cost as little CPU as they can; the same clients measure Hearth and the ceiling.
 */
import WebSocket from 'ws';
import type { WorkerCommand, WorkerReport } from './fanout-clients.js';

const BUCKETS = 10_001;
const BODY = Buffer.from('"body":"t:');
const SEQ = Buffer.from('"seq":');

let sockets: WebSocket[] = [];
let lastSeq = new Int32Array(0);
let counts = new Uint32Array(0);
let checkSeq = false;
let histogram = new Uint32Array(BUCKETS);
let delivered = 0;
let seqErrors = 0;
let closed = 0;
let lastAt = 0;

/** The decimal number at `at` in `data`, and where it ends. */
function numberAt(data: Buffer, at: number): [value: number, end: number] {
  let value = 0;
  let i = at;
  for (; i < data.length; i++) {
    const digit = data[i]! - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return [value, i];
}

function onFrame(index: number, data: Buffer): void {
  const body = data.indexOf(BODY);
  if (body < 0) return;
  const now = Date.now();
  const [sentAt] = numberAt(data, body + BODY.length);
  const latency = Math.max(0, now - sentAt);
  histogram[Math.min(BUCKETS - 1, latency)]! += 1;
  delivered += 1;
  counts[index]! += 1;
  lastAt = now;
  if (checkSeq) {
    const at = data.indexOf(SEQ);
    const [seq] = at < 0 ? [-1] : numberAt(data, at + SEQ.length);
    if (seq !== lastSeq[index]! + 1) seqErrors += 1;
    lastSeq[index] = seq;
  }
}

async function open(command: Extract<WorkerCommand, { cmd: 'open' }>): Promise<void> {
  checkSeq = command.checkSeq;
  sockets = new Array<WebSocket>(command.headers.length);
  lastSeq = new Int32Array(command.headers.length);
  counts = new Uint32Array(command.headers.length);
  const openOne = async (index: number) => {
    const socket = new WebSocket(command.url, { headers: command.headers[index], perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.once('close', () => (closed += 1));
    if (command.resume) {
      const subscribed = new Promise<void>((resolve) => {
        const onSubscribed = (data: Buffer) => {
          if (data.includes('"subscribed"')) {
            socket.off('message', onSubscribed);
            resolve();
          }
        };
        socket.on('message', onSubscribed);
      });
      socket.send(JSON.stringify({ type: 'resume', conversationId: command.resume, afterSeq: 0 }));
      await subscribed;
    }
    socket.on('message', (data: Buffer) => onFrame(index, data));
    sockets[index] = socket;
  };
  for (let start = 0; start < command.headers.length; start += 100) {
    const batch = [];
    for (let i = start; i < Math.min(command.headers.length, start + 100); i++) batch.push(openOne(i));
    await Promise.all(batch);
  }
}

function report(): WorkerReport {
  let min = Infinity;
  let max = 0;
  for (const count of counts) {
    min = Math.min(min, count);
    max = Math.max(max, count);
  }
  const buckets: Array<[number, number]> = [];
  histogram.forEach((n, ms) => n > 0 && buckets.push([ms, n]));
  return {
    delivered,
    seqErrors,
    closed,
    lastAt,
    minPerSocket: counts.length ? min : 0,
    maxPerSocket: max,
    buckets,
    cpu: process.cpuUsage(),
  };
}

function reply(message: unknown): void {
  process.send!(message);
}

process.on('message', (command: WorkerCommand) => {
  switch (command.cmd) {
    case 'open':
      open(command).then(
        () => reply({ ok: true }),
        (error: unknown) => reply({ ok: false, error: String(error) }),
      );
      return;
    case 'reset':
      histogram = new Uint32Array(BUCKETS);
      counts.fill(0);
      delivered = 0;
      seqErrors = 0;
      lastAt = 0;
      return reply({ ok: true });
    case 'report':
      return reply(report());
    case 'close':
      for (const socket of sockets) socket?.terminate();
      reply({ ok: true });
      return process.disconnect();
  }
});
