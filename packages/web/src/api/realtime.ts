import { conversationRoom, RealtimeServerFrame, type RoomEvent } from '@hearth/contracts';

/** How a room's feed stands: catching up after (re)connecting, live, offline, or closed to the caller. */
export type RoomStatus = 'connecting' | 'live' | 'offline' | 'revoked';

export interface RoomListener {
  /** A room event in order; `seq` is set in sequenced rooms (conversations), each seq once. */
  onEvent(event: RoomEvent, seq: number | undefined): void;
  onTyping?(memberId: string): void;
  onStatus?(status: RoomStatus): void;
}

interface Room {
  listeners: Set<RoomListener>;
  /** The highest seq delivered to listeners: resume asks for what comes after it. */
  lastSeq: number | null;
  status: RoomStatus;
}

const RECONNECT_MS = [500, 1_000, 2_000, 5_000, 10_000];
const PING_MS = 25_000;
/** A socket that has heard nothing (not even a pong) for this long is dead: drop it and reconnect. */
const SILENCE_MS = 2 * PING_MS + 5_000;
/** After the server could not serve a room for a moment ("unavailable"), ask again this much later. */
const RESUBSCRIBE_MS = 3_000;

/**
 * The app's one WebSocket (/api/realtime). Rooms are subscribed while something listens;
 * sequenced rooms resume from the last seq delivered, so after a drop the listeners get
 * exactly the missed events, in order, once. Reconnects with backoff; stops for good when
 * the server says the session ended (4401) or the member may not connect (4403).
 */
export class RealtimeClient {
  private socket: WebSocket | null = null;
  private readonly rooms = new Map<string, Room>();
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private readonly retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private lastHeardAt = 0;
  private isStopped = false;

  constructor(private readonly url: string) {}

  /**
   * Listens to a room until the returned function is called. `afterSeq`: the highest seq the
   * caller already shows (from the REST API); the room resumes from there, so nothing
   * between the page and the socket is lost.
   */
  listen(room: string, listener: RoomListener, afterSeq: number | null = null): () => void {
    let entry = this.rooms.get(room);
    if (!entry) {
      entry = { listeners: new Set(), lastSeq: afterSeq, status: 'connecting' };
      this.rooms.set(room, entry);
      this.sendSubscribe(room, entry);
    } else if (afterSeq !== null && (entry.lastSeq === null || afterSeq > entry.lastSeq)) {
      entry.lastSeq = afterSeq;
    }
    entry.listeners.add(listener);
    listener.onStatus?.(entry.status);
    this.ensureSocket();
    return () => {
      const current = this.rooms.get(room);
      if (!current) return;
      current.listeners.delete(listener);
      if (current.listeners.size > 0) return;
      this.rooms.delete(room);
      this.clearRetry(room);
      this.send({ type: 'unsubscribe', room });
    };
  }

  /** Tells the room's other members that the caller is typing. */
  typing(room: string): void {
    this.send({ type: 'typing', room });
  }

  stop(): void {
    this.isStopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    for (const room of [...this.retryTimers.keys()]) this.clearRetry(room);
    this.socket?.close(1000, 'signed out');
    this.socket = null;
  }

  private ensureSocket(): void {
    if (this.isStopped || this.socket || this.reconnectTimer) return;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.lastHeardAt = Date.now();
      for (const [room, entry] of this.rooms) this.sendSubscribe(room, entry);
      this.pingTimer = setInterval(() => this.keepAlive(socket), PING_MS);
    });
    // A socket given up on (silent for too long) may still deliver a late frame: ignore it.
    socket.addEventListener('message', (message) => {
      if (this.socket !== socket) return;
      this.lastHeardAt = Date.now();
      this.receive(message.data);
    });
    socket.addEventListener('close', (event) => this.onClose(socket, event.code));
  }

  /**
   * Pings, and gives up on a socket that has been silent through two pings: after a laptop
   * sleeps or the network changes, a dead connection may otherwise look open for minutes.
   */
  private keepAlive(socket: WebSocket): void {
    if (Date.now() - this.lastHeardAt <= SILENCE_MS) {
      this.send({ type: 'ping' });
      return;
    }
    this.onClose(socket, 1006);
    socket.close();
  }

  private onClose(socket: WebSocket, code: number): void {
    if (this.socket !== socket) return;
    this.socket = null;
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
    for (const entry of this.rooms.values()) this.setStatus(entry, 'offline');
    if (code === 4401 || code === 4403 || this.isStopped) return;
    const delay = RECONNECT_MS[Math.min(this.attempt, RECONNECT_MS.length - 1)]!;
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.rooms.size > 0) this.ensureSocket();
    }, delay);
  }

  private sendSubscribe(room: string, entry: Room): void {
    this.setStatus(entry, 'connecting');
    if (entry.lastSeq === null) this.send({ type: 'subscribe', room });
    else this.send({ type: 'resume', room, afterSeq: entry.lastSeq });
  }

  private send(frame: Record<string, unknown>): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = RealtimeServerFrame.safeParse(json);
    if (!parsed.success) return;
    const frame = parsed.data;
    switch (frame.type) {
      case 'message':
        return this.deliver(conversationRoom(frame.conversationId), { type: 'message', message: frame.message }, frame.message.seq);
      case 'event':
        return this.deliver(frame.room, frame.event, frame.seq);
      case 'subscribed': {
        const entry = this.rooms.get(frame.room);
        if (!entry) return;
        if (frame.hasMore && frame.lastSeq !== null) {
          entry.lastSeq = frame.lastSeq;
          this.send({ type: 'resume', room: frame.room, afterSeq: frame.lastSeq });
          return;
        }
        return this.setStatus(entry, 'live');
      }
      case 'unsubscribed': {
        const entry = this.rooms.get(frame.room);
        if (!entry || frame.reason === 'client') return;
        if (frame.reason === 'access_revoked') return this.setStatus(entry, 'revoked');
        this.setStatus(entry, 'offline');
        return this.retryLater(frame.room);
      }
      case 'typing':
        for (const listener of this.rooms.get(frame.room)?.listeners ?? []) listener.onTyping?.(frame.memberId);
        return;
      case 'error': {
        const entry = frame.room ? this.rooms.get(frame.room) : undefined;
        if (!entry || !frame.room) return;
        if (frame.code === 'forbidden') return this.setStatus(entry, 'revoked');
        // The server could not check access or read the missed events just now.
        if (frame.code === 'unavailable' && entry.status === 'connecting') {
          this.setStatus(entry, 'offline');
          this.retryLater(frame.room);
        }
        return;
      }
      case 'pong':
        return;
    }
  }

  /** Subscribes to a room again a little later, if something still listens to it then. */
  private retryLater(room: string): void {
    if (this.retryTimers.has(room)) return;
    const timer = setTimeout(() => {
      this.retryTimers.delete(room);
      const entry = this.rooms.get(room);
      if (entry && entry.status === 'offline' && this.socket?.readyState === WebSocket.OPEN) this.sendSubscribe(room, entry);
    }, RESUBSCRIBE_MS);
    this.retryTimers.set(room, timer);
  }

  private clearRetry(room: string): void {
    const timer = this.retryTimers.get(room);
    if (timer) clearTimeout(timer);
    this.retryTimers.delete(room);
  }

  private deliver(room: string, event: RoomEvent, seq: number | undefined): void {
    const entry = this.rooms.get(room);
    if (!entry) return;
    if (seq !== undefined) {
      // A seq already delivered (a resume that overlapped the live feed) is dropped.
      if (entry.lastSeq !== null && seq <= entry.lastSeq) return;
      entry.lastSeq = seq;
    }
    for (const listener of entry.listeners) listener.onEvent(event, seq);
  }

  private setStatus(entry: Room, status: RoomStatus): void {
    if (entry.status === status) return;
    entry.status = status;
    for (const listener of entry.listeners) listener.onStatus?.(status);
  }
}

let client: RealtimeClient | null = null;

/** The app's realtime connection (opened on first use, on this page's origin). */
export function realtime(): RealtimeClient {
  if (!client) {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = new RealtimeClient(`${scheme}//${window.location.host}/api/realtime`);
  }
  return client;
}

/** Closes the connection (on sign-out); the next use opens a new one with the new session. */
export function closeRealtime(): void {
  client?.stop();
  client = null;
}

/**
 * An `onStatus` for listeners of rooms without replay (a member's own room): calls
 * `catchUp` when the room is live again after having been live and then dropped, so what
 * the listener shows is refetched for whatever happened while it was offline.
 */
export function catchUpAfterReconnect(catchUp: () => void): (status: RoomStatus) => void {
  let hasBeenLive = false;
  let isBehind = false;
  return (status) => {
    if (status === 'live') {
      if (hasBeenLive && isBehind) catchUp();
      hasBeenLive = true;
      isBehind = false;
    } else if (hasBeenLive) isBehind = true;
  };
}
