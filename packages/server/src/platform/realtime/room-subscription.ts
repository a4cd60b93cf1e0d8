import type { WireFrame } from './realtime-frames.js';
import type { RealtimeLimits } from './realtime-limits.js';
import type { RoomKind } from './room-kind.js';

/** What a subscription needs from its socket. */
export interface SubscriptionOwner {
  readonly memberId: string;
  /** Authors whose content this socket's member must not get (blocked either way); null when none. */
  readonly hidden: ReadonlySet<string> | null;
  send(frame: WireFrame): void;
  /** Holds what is sent until `uncork`, so several frames leave in one write. */
  cork(): void;
  uncork(): void;
  /** Live events wait behind a missing seq: read the gap from the backlog, or give up on it. */
  fillGap(subscription: RoomSubscription): void;
  /** Live events piled up behind a catch-up: the socket cannot keep up and is dropped. */
  overflow(): void;
  /** Asks every room of the socket again whether it may stay (see RealtimeConnection.reauthorize). */
  reauthorize(): void;
}

type Limits = Pick<RealtimeLimits, 'gapWaitMs' | 'maxHeldEvents' | 'maxPendingEvents'>;

/**
 * One socket's subscription to one room, and where it stands in the room's sequence. It
 * delivers every seq at most once and in ascending order: live events at or below `lastSeq`
 * are dropped, live events during a catch-up are buffered, and events that arrive ahead of
 * a missing seq (two nodes can publish 5 and 6 in either order) are held until the missing
 * one arrives or the gap is read from the backlog. Events without a seq pass straight through.
 */
export class RoomSubscription {
  /** The last seq delivered, or null before the first sequenced event of a plain subscribe. */
  lastSeq: number | null = null;
  isClosed = false;
  /** Live events that arrived during a catch-up, in arrival order; null while live. */
  private pending: Array<[seq: number | undefined, frame: WireFrame]> | null = null;
  /** Live events that arrived ahead of a missing seq, by seq. */
  private held: Map<number, WireFrame> | null = null;
  private gapTimer: NodeJS.Timeout | null = null;
  private isGapFillRequested = false;

  constructor(
    readonly owner: SubscriptionOwner,
    readonly room: string,
    readonly id: string,
    readonly kind: RoomKind,
    private readonly limits: Limits,
  ) {}

  /** Not catching up: typing notices and unsequenced events reach the client now. */
  get isLive(): boolean {
    return this.pending === null && !this.isClosed;
  }

  get hasGap(): boolean {
    return this.held !== null && this.held.size > 0;
  }

  /** Delivers, buffers, holds or drops one live event (`frame` is encoded once for every socket). */
  deliver(seq: number | undefined, frame: WireFrame): void {
    if (this.isClosed) return;
    if (this.pending) {
      if (this.pending.length >= this.limits.maxPendingEvents) return this.owner.overflow();
      this.pending.push([seq, frame]);
      return;
    }
    if (seq === undefined) return this.owner.send(frame);
    if (this.lastSeq !== null && seq <= this.lastSeq) return;
    if (this.lastSeq === null || seq === this.lastSeq + 1) {
      this.owner.send(frame);
      this.lastSeq = seq;
      this.releaseHeld();
      return;
    }
    this.hold(seq, frame);
  }

  /** From now until `endCatchUp`, live events are buffered while the backlog is sent. */
  beginCatchUp(): void {
    this.pending ??= [];
  }

  /**
   * The backlog has been sent up to `lastSeq`: held and buffered live events follow, minus
   * those already sent, and the subscription is live again.
   */
  endCatchUp(lastSeq: number): void {
    this.lastSeq = lastSeq;
    this.isGapFillRequested = false;
    const buffered = this.pending ?? [];
    this.pending = null;
    if (this.held) for (const seq of this.held.keys()) if (seq <= lastSeq) this.held.delete(seq);
    this.releaseHeld();
    for (const [seq, frame] of buffered) this.deliver(seq, frame);
    if (this.hasGap) this.armGapTimer();
  }

  /** Gives up on a gap nothing can fill (a room without backlog): delivers what is held, in order. */
  skipGap(): void {
    this.isGapFillRequested = false;
    if (!this.held) return;
    for (const seq of [...this.held.keys()].sort((a, b) => a - b)) {
      this.owner.send(this.held.get(seq)!);
      this.lastSeq = seq;
    }
    this.clearHeld();
  }

  close(): void {
    this.isClosed = true;
    this.pending = null;
    this.clearHeld();
  }

  private hold(seq: number, frame: WireFrame): void {
    this.held ??= new Map();
    this.held.set(seq, frame);
    if (this.held.size > this.limits.maxHeldEvents) return this.requestGapFill();
    this.armGapTimer();
  }

  // Usually the missing event is just behind on the bus; only a lasting gap costs a backlog read.
  private armGapTimer(): void {
    this.gapTimer ??= setTimeout(() => {
      this.gapTimer = null;
      if (this.hasGap) this.requestGapFill();
    }, this.limits.gapWaitMs).unref();
  }

  private requestGapFill(): void {
    if (this.isGapFillRequested || this.isClosed) return;
    this.isGapFillRequested = true;
    this.owner.fillGap(this);
  }

  private releaseHeld(): void {
    if (!this.held || this.lastSeq === null) return;
    for (let next = this.held.get(this.lastSeq + 1); next !== undefined; next = this.held.get(this.lastSeq + 1)) {
      this.held.delete(this.lastSeq + 1);
      this.owner.send(next);
      this.lastSeq += 1;
    }
    if (this.held.size === 0) this.clearHeld();
  }

  private clearHeld(): void {
    this.held = null;
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }
}
