import type { Logger } from '../logger.js';
import { encodeEvent, encodeWithheld, toWireFrame, type WireFrame } from './realtime-frames.js';
import { splitRoom, type RoomKind } from './room-kind.js';
import type { RoomSubscription, SubscriptionOwner } from './room-subscription.js';

/** An event heard from the bus, waiting in the outbox. */
export interface OutboxEvent {
  readonly seq: number | undefined;
  readonly frame: WireFrame;
  readonly authorId: string | undefined;
  /** The client frame's text, parsed only if a socket must get the withheld variant. */
  readonly text: string;
  /** The withheld variant, made on first need and shared by every socket that needs it (null: none is sent). */
  withheld?: WireFrame | null;
}

export interface FanOutDeps {
  logger: Logger;
  /** The subscriptions of a room on this node. */
  subscriptionsOf(room: string): Iterable<RoomSubscription> | undefined;
  roomKind(kind: string): RoomKind | undefined;
  /** Longest wait between bursts, in ms (`limits.fanOutIntervalMs`). */
  intervalMs: number;
}

/**
 * The hub's hot path: delivers events heard from the bus to this node's sockets in bursts.
 * After a fan-out that took d ms the next waits min(d, intervalMs) — small rooms never wait,
 * a big one keeps at least half of the event loop for everything else — and the events
 * heard meanwhile go out together, each socket corked while it gets its share, so a busy
 * room costs one write per socket and burst rather than per socket and event.
 */
export class FanOutBursts {
  /** Events heard and not yet delivered, by room, in bus order. */
  private outbox = new Map<string, OutboxEvent[]>();
  /** Cancels the pending flush; null when none is pending. */
  private cancelFlush: (() => void) | null = null;
  /** The earliest the next flush may start (performance.now()). */
  private nextFlushAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: FanOutDeps) {}

  /** Queues an event for the room's sockets on this node. */
  add(room: string, event: OutboxEvent): void {
    let events = this.outbox.get(room);
    if (!events) this.outbox.set(room, (events = []));
    events.push(event);
    this.scheduleFlush();
  }

  /**
   * Delivers the events waiting in the outbox, room by room in bus order. When there are
   * several, each socket is corked while it gets its share, so they leave in one write.
   */
  flush(): void {
    this.cancelFlush?.();
    this.cancelFlush = null;
    if (this.outbox.size === 0) return;
    const startedAt = performance.now();
    const outbox = this.outbox;
    this.outbox = new Map();
    let isBurst = outbox.size > 1;
    for (const events of outbox.values()) isBurst ||= events.length > 1;
    const corked = isBurst ? new Set<SubscriptionOwner>() : null;
    try {
      for (const [room, events] of outbox) {
        for (const subscription of this.deps.subscriptionsOf(room) ?? []) {
          if (corked && !corked.has(subscription.owner)) {
            subscription.owner.cork();
            corked.add(subscription.owner);
          }
          // Per socket and event one null check, and one Set lookup for members who block or are blocked.
          const hidden = subscription.owner.hidden;
          for (const event of events) {
            if (hidden !== null && event.authorId !== undefined && hidden.has(event.authorId)) {
              const withheld = event.withheld === undefined ? (event.withheld = this.withhold(room, event)) : event.withheld;
              if (withheld !== null) subscription.deliver(event.seq, withheld);
            } else subscription.deliver(event.seq, event.frame);
          }
        }
      }
    } finally {
      for (const owner of corked ?? []) owner.uncork();
      const endedAt = performance.now();
      this.nextFlushAt = endedAt + Math.min(endedAt - startedAt, this.deps.intervalMs);
    }
  }

  /** The withheld variant of an event (see `encodeWithheld`); null: nothing is sent. */
  private withhold(room: string, event: OutboxEvent): WireFrame | null {
    let text: string | null;
    try {
      text = encodeWithheld(room, event.seq, event.text, this.deps.roomKind(splitRoom(room).kind)?.withhold);
    } catch (error) {
      this.deps.logger.warn({ err: error, room }, 'could not withhold a realtime event');
      text = event.seq === undefined ? null : encodeEvent(room, event.seq, { type: 'withheld' });
    }
    return text === null ? null : toWireFrame(text);
  }

  /**
   * Flushes on the next turn of the event loop, or, after a fan-out that took d ms, no sooner
   * than min(d, intervalMs) after it ended: fan-out never takes more than half of the event
   * loop, and what is heard meanwhile is gathered into one burst.
   */
  private scheduleFlush(): void {
    if (this.cancelFlush) return;
    const wait = this.nextFlushAt - performance.now();
    // A timer is no sooner than 1 ms; below that, the next turn is as good.
    if (wait < 1) {
      const immediate = setImmediate(() => this.flush());
      this.cancelFlush = () => clearImmediate(immediate);
    } else {
      const timer = setTimeout(() => this.flush(), wait);
      this.cancelFlush = () => clearTimeout(timer);
    }
  }
}
