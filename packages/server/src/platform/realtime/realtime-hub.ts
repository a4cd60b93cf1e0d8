import { ConversationMessage, RealtimeRoom, RealtimeSeq, REALTIME_CLOSE, RoomEvent, conversationIdOf } from '@hearth/contracts';
import type { Writable } from 'node:stream';
import type { Registry } from 'prom-client';
import type { WebSocket } from 'ws';
import type { Bus } from '../bus/bus.js';
import type { Clock } from '../clock.js';
import type { Actor, Authenticator } from '../http/actor.js';
import type { Logger } from '../logger.js';
import { REALTIME_TOPIC, RealtimeBusMessage } from './realtime-bus.js';
import { RealtimeConnection, type ConnectionHost } from './realtime-connection.js';
import { FanOutBursts } from './fan-out-bursts.js';
import { encodeEvent, encodeMessage, encodeTyping, toWireFrame } from './realtime-frames.js';
import { DEFAULT_REALTIME_LIMITS, type RealtimeLimits } from './realtime-limits.js';
import { registerRealtimeMetrics } from './realtime-metrics.js';
import { MEMBER_ROOM_KIND, memberRoomKind, type RoomKind } from './room-kind.js';
import type { RoomSubscription } from './room-subscription.js';

export interface RealtimeHubDeps {
  bus: Bus;
  clock: Clock;
  logger: Logger;
  /** The app's prom-client registry; the hub adds its socket gauge and frame counter to it. */
  registry: Registry;
  /** Re-resolves a socket's session on `reauthorize`. */
  authenticator: Authenticator;
  /** False turns the per-socket frame rate limit off (HEARTH_RATE_LIMIT=false). Default true. */
  isRateLimited?: boolean;
  limits?: Partial<RealtimeLimits>;
  /**
   * Authors whose content a member must not get (blocked either way); read when a socket
   * connects and on `refreshHiddenLocal`. Without it nobody is hidden from anyone.
   */
  hiddenFrom?: (memberId: string) => Promise<ReadonlySet<string>>;
}

/** Options of `publish`. */
export interface PublishOptions {
  /**
   * Whose content the event shows: sockets of members blocked either way with them get the
   * room kind's `withhold` variant instead (same seq). A conversation's `message` event
   * carries its message's author without being told.
   */
  authorId?: string;
}

const NO_HIDDEN: ReadonlySet<string> = new Set();

const KIND_NAME = /^[a-z][a-z0-9_]{0,31}$/;

/** Hears a member's number of open sockets on this node after each change (0: the last one closed). */
export type MemberSocketsListener = (memberId: string, sockets: number) => void;

/**
 * Rooms, subscriptions and fan-out of the realtime WebSocket (ARCHITECTURE "Realtime").
 * Modules register kinds of rooms with who may read them and, for sequenced rooms, how to
 * read what a client missed; they publish events after committing them. Every publication
 * goes through the bus, so every node delivers it to its own sockets; with Redis this works
 * across nodes.
 *
 * Fan-out is the hot path (one chat message to thousands of sockets): the publisher encodes
 * the client frame once; each node makes it a wire frame once and writes those same bytes to
 * every subscribed socket. Events are delivered in bursts: after a fan-out that took d ms,
 * the next waits min(d, `fanOutIntervalMs`) — small rooms never wait, a big one keeps at
 * least half of the event loop for everything else — and the events heard meanwhile go out
 * together, each socket getting its share in one write (one system call per socket and burst
 * rather than per socket and event is what lets a busy room scale). Access is checked on
 * subscribe and when it changes, never per event.
 */
export class RealtimeHub implements ConnectionHost {
  readonly limits: RealtimeLimits;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly isRateLimited: boolean;
  private readonly bus: Bus;
  private readonly authenticator: Authenticator;
  private readonly loadHidden: (memberId: string) => Promise<ReadonlySet<string>>;
  private readonly kinds = new Map<string, RoomKind>([[MEMBER_ROOM_KIND, memberRoomKind]]);
  private readonly rooms = new Map<string, Set<RoomSubscription>>();
  private readonly connections = new Set<RealtimeConnection>();
  private readonly connectionsByMember = new Map<string, Set<RealtimeConnection>>();
  private readonly socketListeners = new Set<MemberSocketsListener>();
  private sent = 0;
  private readonly fanOut: FanOutBursts;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private isClosing = false;

  constructor(deps: RealtimeHubDeps) {
    this.bus = deps.bus;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.authenticator = deps.authenticator;
    this.loadHidden = deps.hiddenFrom ?? (async () => NO_HIDDEN);
    this.isRateLimited = deps.isRateLimited ?? true;
    this.limits = { ...DEFAULT_REALTIME_LIMITS, ...deps.limits };
    registerRealtimeMetrics(deps.registry, { openSockets: () => this.connections.size, framesSent: () => this.sent });
    this.fanOut = new FanOutBursts({
      logger: this.logger,
      subscriptionsOf: (room) => this.rooms.get(room),
      roomKind: (kind) => this.kinds.get(kind),
      intervalMs: this.limits.fanOutIntervalMs,
    });
  }

  /** Starts hearing the bus and the heartbeat. Resolves once the bus subscription is confirmed. */
  async start(): Promise<void> {
    await this.bus.subscribe(REALTIME_TOPIC, (payload) => this.onBusMessage(payload));
    if (this.limits.heartbeatMs > 0) this.heartbeatTimer = setInterval(() => this.heartbeat(), this.limits.heartbeatMs).unref();
  }

  /**
   * Registers a kind of room (`conversation`, `space` …); `member` is built in.
   * @throws Error when the name is not `[a-z][a-z0-9_]*` (at most 32) or is already registered.
   */
  registerRoomKind(kind: string, roomKind: RoomKind): void {
    if (!KIND_NAME.test(kind)) throw new Error(`invalid room kind "${kind}"`);
    if (this.kinds.has(kind)) throw new Error(`room kind "${kind}" is already registered`);
    this.kinds.set(kind, roomKind);
  }

  /**
   * Publishes an event to a room on every node. Call it after the transaction that stored
   * the event committed: resume relies on a published event being readable from the backlog.
   * `seq` is the event's position in a sequenced room (1, 2, 3 … with no holes). A `message`
   * event of a `conversation:` room must carry `message: {id, seq, authorId, body, createdAt}`
   * with `message.seq === seq`; it reaches API.md clients as `{type:"message", conversationId, message}`.
   * Sockets of members blocked either way with the event's author (`options.authorId`, or the
   * message's author) get the room kind's withheld variant with the same seq.
   * @throws Error when the room, event or seq is malformed (a programming error).
   */
  async publish(room: string, event: RoomEvent, seq?: number, options: PublishOptions = {}): Promise<void> {
    if (!RealtimeRoom.safeParse(room).success) throw new Error(`invalid realtime room "${room}"`);
    const parsedEvent = RoomEvent.safeParse(event);
    if (!parsedEvent.success) throw new Error(`invalid realtime event for "${room}": ${parsedEvent.error.message}`);
    if (seq !== undefined && (!RealtimeSeq.safeParse(seq).success || seq < 1)) throw new Error(`invalid seq ${seq} for "${room}"`);
    const conversationId = conversationIdOf(room);
    let frame: string;
    let authorId = options.authorId;
    if (conversationId !== null && event.type === 'message') {
      const message = ConversationMessage.safeParse(event.message);
      if (!message.success) throw new Error(`invalid conversation message for "${room}": ${message.error.message}`);
      if (message.data.seq !== seq) throw new Error(`message.seq ${message.data.seq} differs from seq ${seq} for "${room}"`);
      frame = encodeMessage(conversationId, message.data);
      authorId ??= message.data.authorId;
    } else frame = encodeEvent(room, seq, parsedEvent.data);
    await this.bus.publish(REALTIME_TOPIC, {
      kind: 'event',
      room,
      ...(seq === undefined ? {} : { seq }),
      frame,
      ...(authorId === undefined ? {} : { authorId }),
    });
  }

  /**
   * Ends the subscriptions to `room` of one member (or of everyone) on every node; they get
   * `{type:"unsubscribed", room, reason:"access_revoked"}`. Call it after the change that
   * withdrew access committed, so a subscription being authorised meanwhile is refused too.
   */
  async revoke(room: string, memberId?: string): Promise<void> {
    if (!RealtimeRoom.safeParse(room).success) throw new Error(`invalid realtime room "${room}"`);
    await this.bus.publish(REALTIME_TOPIC, { kind: 'revoke', room, ...(memberId === undefined ? {} : { memberId }) });
  }

  /**
   * Re-checks, on every node, each socket of the member: its session is resolved again (an
   * ended session closes the socket with 4401, a ban with 4403) and every subscribed room is
   * authorised again (refused rooms end with `access_revoked`). Call it after committing a
   * change of the member's role, tier, status or memberships — and after
   * `platform.actors.forgetMember`, or the re-check may see the cached actor.
   */
  async reauthorize(memberId: string): Promise<void> {
    await this.bus.publish(REALTIME_TOPIC, { kind: 'reauthorize', memberId });
  }

  /**
   * Closes every socket of the member on every node with 4403 (a ban): unlike `reauthorize`,
   * it does not wait for a session lookup, so no event reaches them after the ban commits.
   */
  async closeMember(memberId: string): Promise<void> {
    await this.bus.publish(REALTIME_TOPIC, { kind: 'close', memberId });
  }

  /**
   * Re-checks, on this node only, the sockets of one member (or of everyone: null) — for news
   * that already reaches every node, like the actor cache's forgets.
   */
  reauthorizeLocal(memberId: string | null): void {
    const connections = memberId === null ? this.connections : this.connectionsByMember.get(memberId);
    for (const connection of connections ?? []) connection.reauthorize();
  }

  /**
   * Reads again, on this node only, whom these members must not see (their blocks changed;
   * the people module hears that on every node). Until the read finishes their sockets keep
   * the previous set; their next room command waits for it.
   */
  refreshHiddenLocal(memberIds: readonly string[]): void {
    for (const memberId of memberIds) for (const connection of this.connectionsByMember.get(memberId) ?? []) connection.refreshHidden();
  }

  /** Re-checks, on this node only, every socket subscribed to `room` (its access rule changed). */
  recheckRoomLocal(room: string): void {
    const owners = new Set([...(this.rooms.get(room) ?? [])].map((subscription) => subscription.owner));
    for (const owner of owners) owner.reauthorize();
  }

  /**
   * Takes over an upgraded socket. Anonymous callers are closed with 4401 (the web client
   * then signs in instead of reconnecting), banned members with 4403. `wire` is the
   * connection under the socket (`request.raw.socket`), which fan-out writes to directly.
   */
  accept(socket: WebSocket, actor: Actor | null, sessionToken: string | null, wire: Writable | null = null): void {
    if (this.isClosing) return socket.close(1001, 'going away');
    if (!actor) return socket.close(REALTIME_CLOSE.unauthenticated, 'not signed in');
    if (actor.status === 'banned') return socket.close(REALTIME_CLOSE.forbidden, 'not allowed');
    // Wire frames go straight to the connection only when ws writes nothing of its own making (no compression).
    const connection = new RealtimeConnection(this, socket, actor, sessionToken, socket.extensions === '' ? wire : null);
    this.connections.add(connection);
    let siblings = this.connectionsByMember.get(actor.memberId);
    if (!siblings) this.connectionsByMember.set(actor.memberId, (siblings = new Set()));
    siblings.add(connection);
    connection.refreshHidden();
    this.tellSockets(actor.memberId, siblings.size);
    socket.on('message', (data, isBinary) => connection.receive(data, isBinary));
    socket.on('pong', () => connection.notePong());
    socket.once('close', () => this.forget(connection));
  }

  /**
   * Hears, on this node, every change of a member's number of open sockets (presence builds
   * on it). Returns the function that stops listening.
   */
  onMemberSockets(listener: MemberSocketsListener): () => void {
    this.socketListeners.add(listener);
    return () => this.socketListeners.delete(listener);
  }

  /** One heartbeat round over this node's sockets (runs every `limits.heartbeatMs`). */
  heartbeat(): void {
    for (const connection of this.connections) connection.heartbeat();
  }

  /** Open sockets on this node. */
  get openSockets(): number {
    return this.connections.size;
  }

  /** Closes this node's sockets with 1001 and stops the heartbeat; the bus is closed by the platform. */
  async close(): Promise<void> {
    this.fanOut.flush();
    this.isClosing = true;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    for (const connection of this.connections) connection.close(1001, 'server shutting down');
  }

  /* ConnectionHost: what sockets ask of their hub. */

  roomKind(kind: string): RoomKind | undefined {
    return this.kinds.get(kind);
  }

  attach(subscription: RoomSubscription): void {
    let subscriptions = this.rooms.get(subscription.room);
    if (!subscriptions) this.rooms.set(subscription.room, (subscriptions = new Set()));
    subscriptions.add(subscription);
  }

  detach(subscription: RoomSubscription): void {
    const subscriptions = this.rooms.get(subscription.room);
    subscriptions?.delete(subscription);
    if (subscriptions?.size === 0) this.rooms.delete(subscription.room);
  }

  relayTyping(room: string, memberId: string): void {
    this.bus
      .publish(REALTIME_TOPIC, { kind: 'typing', room, memberId })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not relay typing notice'));
  }

  resolveSession(token: string): Promise<Actor | null> {
    return this.authenticator.resolveSession(token);
  }

  hiddenFrom(memberId: string): Promise<ReadonlySet<string>> {
    return this.loadHidden(memberId);
  }

  countSent(frames: number): void {
    this.sent += frames;
  }

  private forget(connection: RealtimeConnection): void {
    connection.dispose();
    this.connections.delete(connection);
    const siblings = this.connectionsByMember.get(connection.memberId);
    const isKnown = siblings?.delete(connection) ?? false;
    if (siblings?.size === 0) this.connectionsByMember.delete(connection.memberId);
    if (isKnown) this.tellSockets(connection.memberId, siblings?.size ?? 0);
  }

  private tellSockets(memberId: string, sockets: number): void {
    for (const listener of this.socketListeners) {
      try {
        listener(memberId, sockets);
      } catch (error) {
        // A listener's failure must not break accepting or forgetting the socket.
        this.logger.warn({ err: error }, 'a member-sockets listener failed');
      }
    }
  }

  private onBusMessage(payload: unknown): void {
    if (this.isClosing) return;
    const parsed = RealtimeBusMessage.safeParse(payload);
    if (!parsed.success) return this.logger.warn({ issues: parsed.error.issues }, 'ignored a malformed realtime bus message');
    const message = parsed.data;
    if (message.kind === 'event') {
      if (!this.rooms.has(message.room)) return;
      this.fanOut.add(message.room, {
        seq: message.seq,
        frame: toWireFrame(message.frame),
        authorId: message.authorId,
        text: message.frame,
      });
      return;
    }
    // Anything else applies after the events heard before it: bus order is kept.
    this.fanOut.flush();
    switch (message.kind) {
      case 'typing': {
        const subscriptions = this.rooms.get(message.room);
        if (!subscriptions) return;
        const frame = toWireFrame(encodeTyping(message.room, message.memberId));
        for (const subscription of subscriptions) {
          // Not to the typist's own sockets (their other tabs need no notice of themselves).
          const { owner } = subscription;
          // Nor to members blocked either way with the typist.
          if (subscription.isLive && owner.memberId !== message.memberId && !owner.hidden?.has(message.memberId)) owner.send(frame);
        }
        return;
      }
      case 'revoke': {
        const connections = message.memberId === undefined ? this.connections : this.connectionsByMember.get(message.memberId);
        for (const connection of connections ?? []) connection.revokeRoom(message.room);
        return;
      }
      case 'reauthorize': {
        for (const connection of this.connectionsByMember.get(message.memberId) ?? []) connection.reauthorize();
        return;
      }
      case 'close': {
        for (const connection of [...(this.connectionsByMember.get(message.memberId) ?? [])])
          connection.close(REALTIME_CLOSE.forbidden, 'banned');
        return;
      }
    }
  }
}

/** Builds the hub and starts it (bus subscription, heartbeat). */
export async function createRealtimeHub(deps: RealtimeHubDeps): Promise<RealtimeHub> {
  const hub = new RealtimeHub(deps);
  await hub.start();
  return hub;
}
