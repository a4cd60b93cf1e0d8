import { REALTIME_CLOSE, type RealtimeErrorCode, type UnsubscribeReason } from '@hearth/contracts';
import type { Writable } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import type { Clock } from '../clock.js';
import type { Actor } from '../http/actor.js';
import type { Logger } from '../logger.js';
import { FrameGuard } from './frame-guard.js';
import {
  decodeClientFrame,
  encodeError,
  encodeEvent,
  encodeSubscribed,
  encodeUnsubscribed,
  PONG_FRAME,
  type WireFrame,
} from './realtime-frames.js';
import type { RealtimeLimits } from './realtime-limits.js';
import { canUseKind, splitRoom, type RoomKind } from './room-kind.js';
import { RoomSubscription, type SubscriptionOwner } from './room-subscription.js';

/** What a socket needs from its hub. */
export interface ConnectionHost {
  readonly limits: RealtimeLimits;
  readonly clock: Clock;
  readonly logger: Logger;
  /** False when rate limits are turned off (HEARTH_RATE_LIMIT=false, benchmarks). */
  readonly isRateLimited: boolean;
  roomKind(kind: string): RoomKind | undefined;
  attach(subscription: RoomSubscription): void;
  detach(subscription: RoomSubscription): void;
  relayTyping(room: string, memberId: string): void;
  resolveSession(token: string): Promise<Actor | null>;
  /** Authors whose content the member must not get (blocks either way). */
  hiddenFrom(memberId: string): Promise<ReadonlySet<string>>;
  countSent(frames: number): void;
}

type Verdict = 'allowed' | 'refused' | 'failed';

/**
 * One open socket of one member: admits and parses its frames, keeps its subscriptions,
 * sends it frames. Room commands run one after another (a queue per socket), so a
 * subscribe, an unsubscribe and a resume of the same room always apply in the order sent.
 * State is kept small on purpose: a few numbers, and maps only once there is something in them.
 */
export class RealtimeConnection implements SubscriptionOwner {
  isClosed = false;
  /** Read on every fan-out to this socket (one Set lookup per event); see `refreshHidden`. */
  hidden: ReadonlySet<string> | null = null;
  private subscriptions: Map<string, RoomSubscription> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly guard: FrameGuard;
  /** The room whose authorize call is in flight; a revoke meanwhile turns its answer into "no". */
  private authorizing: { room: string; isRevoked: boolean } | null = null;
  private lastTypingAt = Number.NEGATIVE_INFINITY;
  private missedPongs = 0;

  constructor(
    private readonly host: ConnectionHost,
    private readonly socket: WebSocket,
    public actor: Actor,
    /** Kept to re-resolve the caller on `reauthorize`; never logged. */
    private readonly sessionToken: string | null,
    /**
     * The connection under the WebSocket, when wire frames may be written to it directly: ws
     * writes every frame to it at once and in call order when no extension (compression) is
     * on, so a frame written here takes its place among ws's own.
     */
    private readonly wire: Writable | null = null,
  ) {
    this.guard = new FrameGuard(host.limits, host.clock.now());
  }

  get memberId(): string {
    return this.actor.memberId;
  }

  /** One frame from the client. */
  receive(data: RawData, isBinary: boolean): void {
    if (this.isClosed) return;
    if (this.host.isRateLimited) {
      const verdict = this.guard.admit(this.host.clock.now());
      if (verdict === 'close') return this.close(1008, 'rate limited');
      if (verdict === 'refuse') return this.sendError('rate_limited', 'too many frames; slow down');
    }
    const decoded = decodeClientFrame(data, isBinary);
    if (!decoded.ok) {
      if (this.guard.isInvalidTooOften()) return this.close(1008, 'invalid frames');
      return this.sendError('invalid_frame', decoded.detail);
    }
    this.guard.noteValidFrame();
    const command = decoded.command;
    switch (command.type) {
      case 'ping':
        return this.send(PONG_FRAME);
      case 'typing':
        return this.typing(command.room);
      case 'subscribe':
        return this.enqueue(() => this.subscribe(command.room, null));
      case 'resume':
        return this.enqueue(() => this.subscribe(command.room, command.afterSeq));
      case 'unsubscribe':
        return this.enqueue(async () => this.unsubscribe(command.room));
    }
  }

  /**
   * Sends one frame: text, or a wire frame encoded once for many sockets. A socket too far
   * behind is dropped rather than buffered without end.
   */
  send(frame: string | WireFrame): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.host.limits.maxBufferedBytes) return this.terminate();
    if (typeof frame === 'string') this.socket.send(frame);
    else if (this.wire) this.wire.write(frame.bytes);
    else this.socket.send(frame.payload, { binary: false });
    this.host.countSent(1);
  }

  cork(): void {
    this.wire?.cork();
  }

  uncork(): void {
    this.wire?.uncork();
  }

  /** Live events of `subscription` wait behind a missing seq (see RoomSubscription). */
  fillGap(subscription: RoomSubscription): void {
    if (!subscription.kind.backlog) return subscription.skipGap();
    this.enqueue(async () => {
      if (subscription.isClosed) return;
      if (!subscription.hasGap || subscription.lastSeq === null) return subscription.skipGap();
      await this.catchUp(subscription, subscription.lastSeq, false);
    });
  }

  overflow(): void {
    this.terminate();
  }

  /** Access to `room` was withdrawn: end the subscription, and refuse one being authorised. */
  revokeRoom(room: string): void {
    if (this.authorizing?.room === room) this.authorizing.isRevoked = true;
    const subscription = this.subscriptions?.get(room);
    if (subscription) this.endSubscription(subscription, 'access_revoked');
  }

  /**
   * Re-reads the caller from the session (role, tier, status may have changed) and asks
   * every subscribed room's kind again. A session that ended closes the socket with 4401, a
   * ban with 4403; refused rooms end with `access_revoked`.
   */
  reauthorize(): void {
    this.enqueue(async () => {
      const actor = this.sessionToken ? await this.host.resolveSession(this.sessionToken) : null;
      if (this.isClosed) return;
      if (!actor) return this.close(REALTIME_CLOSE.unauthenticated, 'signed out');
      if (actor.status === 'banned') return this.close(REALTIME_CLOSE.forbidden, 'not allowed');
      this.actor = actor;
      // Whatever made the node re-check the member may have come after a lost block notice.
      await this.loadHidden();
      if (this.isClosed) return;
      for (const subscription of [...(this.subscriptions?.values() ?? [])]) {
        if (subscription.isClosed) continue;
        const verdict = await this.authorize(subscription.room, subscription.id, subscription.kind);
        if (this.isClosed) return;
        if (verdict !== 'allowed' && !subscription.isClosed) {
          this.endSubscription(subscription, verdict === 'refused' ? 'access_revoked' : 'unavailable');
        }
      }
    });
  }

  /**
   * Reads again whom the member must not see. Queued like room commands: the first read (on
   * connect) finishes before any subscribe runs, so no event reaches the socket unfiltered,
   * and a client's next command after a block is answered with the new set in force.
   */
  refreshHidden(): void {
    this.enqueue(() => this.loadHidden());
  }

  /** One heartbeat round: a socket that left two pings unanswered is terminated. */
  heartbeat(): void {
    if (this.missedPongs >= 2) return this.terminate();
    this.missedPongs += 1;
    if (this.socket.readyState === this.socket.OPEN) this.socket.ping();
  }

  notePong(): void {
    this.missedPongs = 0;
  }

  close(code: number, reason: string): void {
    this.dispose();
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.dispose();
    this.socket.terminate();
  }

  /** Ends every subscription; called on close from either side. Idempotent. */
  dispose(): void {
    this.isClosed = true;
    for (const subscription of this.subscriptions?.values() ?? []) {
      subscription.close();
      this.host.detach(subscription);
    }
    this.subscriptions = null;
  }

  /** A failed read leaves the set already in force (and is logged). */
  private async loadHidden(): Promise<void> {
    try {
      const hidden = await this.host.hiddenFrom(this.memberId);
      if (!this.isClosed) this.hidden = hidden.size > 0 ? hidden : null;
    } catch (error) {
      this.host.logger.warn({ err: error }, 'could not read whom a realtime member must not see');
    }
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => this.host.logger.error({ err: error }, 'realtime command failed'));
  }

  private async subscribe(room: string, afterSeq: number | null): Promise<void> {
    if (this.isClosed) return;
    const { kind: kindName, id } = splitRoom(room);
    const kind = this.host.roomKind(kindName);
    if (!kind) return this.sendError('unknown_room', `no room kind "${kindName}"`, room);
    const { limits } = this.host;
    if (!this.subscriptions?.has(room) && (this.subscriptions?.size ?? 0) >= limits.maxSubscriptions) {
      return this.sendError('too_many_subscriptions', `at most ${limits.maxSubscriptions} rooms per socket`, room);
    }
    const verdict = await this.authorize(room, id, kind);
    if (this.isClosed) return;
    if (verdict === 'refused') return this.sendError('forbidden', 'you may not read this room', room);
    if (verdict === 'failed') return this.sendError('unavailable', 'could not check access; try again', room);
    let subscription = this.subscriptions?.get(room);
    if (!subscription) {
      subscription = new RoomSubscription(this, room, id, kind, limits);
      (this.subscriptions ??= new Map()).set(room, subscription);
      // Attached before the backlog is read: live events from here on are buffered, none is lost.
      this.host.attach(subscription);
    }
    if (afterSeq === null || !kind.backlog) return this.send(encodeSubscribed(room, subscription.lastSeq, false));
    await this.catchUp(subscription, afterSeq, true);
  }

  private unsubscribe(room: string): void {
    const subscription = this.subscriptions?.get(room);
    if (subscription) this.drop(subscription);
    this.send(encodeUnsubscribed(room, 'client'));
  }

  /**
   * Sends the room's events after `afterSeq` in seq order, page by page (waiting for each
   * page to be written, so a slow reader slows the reading), then lets the live events
   * buffered meanwhile follow, minus those already sent.
   */
  private async catchUp(subscription: RoomSubscription, afterSeq: number, announce: boolean): Promise<void> {
    const { kind, room } = subscription;
    if (!kind.backlog) return;
    const { backlogPage, maxCatchUp } = this.host.limits;
    subscription.beginCatchUp();
    let lastSeq = afterSeq;
    let sent = 0;
    let hasMore = false;
    try {
      for (;;) {
        const entries = await kind.backlog(this.actor, subscription.id, lastSeq, backlogPage);
        if (subscription.isClosed) return;
        const before = lastSeq;
        let lastFrame: string | null = null;
        for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
          if (entry.seq <= lastSeq) continue;
          if (lastFrame !== null) this.send(lastFrame);
          lastFrame = encodeEvent(room, entry.seq, entry.event);
          lastSeq = entry.seq;
          sent += 1;
        }
        if (lastFrame !== null) await this.sendWritten(lastFrame);
        if (subscription.isClosed) return;
        if (entries.length < backlogPage || lastSeq === before) break;
        if (sent >= maxCatchUp) {
          hasMore = true;
          break;
        }
      }
    } catch (error) {
      this.host.logger.warn({ err: error, room }, 'realtime backlog read failed');
      if (!subscription.isClosed) this.endSubscription(subscription, 'unavailable');
      return;
    }
    if (announce) this.send(encodeSubscribed(room, lastSeq, hasMore));
    subscription.endCatchUp(lastSeq);
  }

  /** Sends a frame and resolves once it has been handed to the network (or the socket is gone). */
  private sendWritten(frame: string): Promise<void> {
    if (this.socket.readyState !== this.socket.OPEN) return Promise.resolve();
    if (this.socket.bufferedAmount > this.host.limits.maxBufferedBytes) {
      this.terminate();
      return Promise.resolve();
    }
    this.host.countSent(1);
    return new Promise((resolve) => this.socket.send(frame, () => resolve()));
  }

  private async authorize(room: string, id: string, kind: RoomKind): Promise<Verdict> {
    if (!canUseKind(this.actor, kind)) return 'refused';
    const attempt = { room, isRevoked: false };
    this.authorizing = attempt;
    try {
      const isAllowed = await kind.authorize(this.actor, id);
      return isAllowed && !attempt.isRevoked ? 'allowed' : 'refused';
    } catch (error) {
      this.host.logger.warn({ err: error, room }, 'realtime authorize failed');
      return 'failed';
    } finally {
      this.authorizing = null;
    }
  }

  private typing(room: string): void {
    const subscription = this.subscriptions?.get(room);
    if (!subscription) return this.sendError('not_subscribed', 'subscribe to the room first', room);
    if (subscription.kind.typing === false) return this.sendError('forbidden', 'no typing notices in this room', room);
    const now = this.host.clock.now();
    if (now - this.lastTypingAt < this.host.limits.typingIntervalMs) return;
    this.lastTypingAt = now;
    this.host.relayTyping(room, this.actor.memberId);
  }

  private endSubscription(subscription: RoomSubscription, reason: UnsubscribeReason): void {
    this.drop(subscription);
    this.send(encodeUnsubscribed(subscription.room, reason));
  }

  private drop(subscription: RoomSubscription): void {
    subscription.close();
    this.subscriptions?.delete(subscription.room);
    if (this.subscriptions?.size === 0) this.subscriptions = null;
    this.host.detach(subscription);
  }

  private sendError(code: RealtimeErrorCode, detail: string, room?: string): void {
    this.send(encodeError(code, detail, room));
  }
}
