import type { MemberPresence, PresenceEvent } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import { memberRoom } from '../../platform/realtime/room-kind.js';
import type { PeopleService } from '../people/index.js';
import { expireStale, isOnline, presenceRows, refreshNode, releaseNode, writeSockets } from './presence.repository.js';

/** A node refreshes its rows this often… */
export const PRESENCE_HEARTBEAT_MS = 30_000;
/** …and a row not refreshed for this long belongs to a node that died: its member counts as offline. */
export const PRESENCE_STALE_MS = 90_000;

export interface PresenceDeps {
  platform: Platform;
  realtime: RealtimeHub;
  /** Blocks: members who block each other see nothing of each other's presence. */
  people: PeopleService;
  /** Everyone who shares a DM with the member: they are told when the member comes and goes. */
  partnersOf: (memberId: string) => Promise<string[]>;
  /** An id for this server process, unique among the nodes sharing the database. */
  nodeId: string;
}

/**
 * Who is online, across nodes. The hub tells this node how many sockets each member has on
 * it; the count is written to `member_presence` (one row per member and node), and each node
 * refreshes its rows every 30 s, so the rows of a node that died go stale and stop counting
 * after 90 s. When a member's first socket opens on a node, or their last one anywhere closes,
 * the people they share a DM with get `{type:'presence', memberId, online, at}` on their own
 * room; across a block, nobody is told.
 */
export class PresenceService {
  private readonly db;
  private readonly clock;
  /** Counts the hub reported that are not written yet, per member. */
  private readonly wanted = new Map<string, number>();
  /** What this node last wrote for each member it holds sockets of. */
  private readonly held = new Map<string, number>();
  private readonly writing = new Map<string, Promise<void>>();
  private stopListening: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: PresenceDeps) {
    this.db = deps.platform.db;
    this.clock = deps.platform.clock;
  }

  /** Starts following this node's sockets and the 30 s heartbeat. */
  start(): void {
    this.stopListening = this.deps.realtime.onMemberSockets((memberId, sockets) => this.noteSockets(memberId, sockets));
    this.timer = setInterval(() => {
      this.heartbeat().catch((error: unknown) => this.deps.platform.logger.warn({ err: error }, 'presence heartbeat failed'));
    }, PRESENCE_HEARTBEAT_MS).unref();
  }

  /**
   * Presence of up to 100 members, in the order asked (repeats once). Members the caller
   * blocks or is blocked by, and ids of nobody, read as offline and never seen.
   */
  async list(actor: Actor, ids: readonly string[]): Promise<MemberPresence[]> {
    const unique = [...new Set(ids)];
    const hidden = await this.deps.people.hiddenAuthorIds(actor.memberId);
    const visible = unique.filter((id) => !hidden.has(id));
    const now = this.clock.now();
    const freshSince = now - PRESENCE_STALE_MS;
    const byMember = new Map<string, { online: boolean; lastSeen: number }>();
    for (const row of await presenceRows(this.db, visible)) {
      const isLive = row.sockets > 0 && row.updatedAt >= freshSince;
      const seen = byMember.get(row.memberId) ?? { online: false, lastSeen: 0 };
      byMember.set(row.memberId, { online: seen.online || isLive, lastSeen: Math.max(seen.lastSeen, row.updatedAt) });
    }
    return unique.map((memberId) => {
      const seen = hidden.has(memberId) ? undefined : byMember.get(memberId);
      // An online member is seen now; this also orders the answer against later events.
      const lastSeen = seen ? (seen.online ? now : seen.lastSeen) : null;
      return { memberId, online: seen?.online ?? false, lastSeenAt: lastSeen === null ? null : toIso(lastSeen) };
    });
  }

  /**
   * One heartbeat: refreshes this node's rows, then expires rows no node refreshed for 90 s
   * (their members are told of the departure, unless online elsewhere).
   */
  async heartbeat(): Promise<void> {
    const now = this.clock.now();
    const refreshed = await refreshNode(this.db, this.deps.nodeId, now);
    // Fewer rows than sockets held: another node took this one for dead (a long pause); rewrite them.
    if (refreshed !== this.held.size) {
      for (const [memberId, sockets] of this.held) {
        await writeSockets(this.db, memberId, this.deps.nodeId, sockets, now);
        await this.announce(memberId, true, now);
      }
    }
    const freshSince = now - PRESENCE_STALE_MS;
    for (const row of await expireStale(this.db, freshSince)) {
      if (!(await isOnline(this.db, row.memberId, freshSince))) await this.announce(row.memberId, false, row.updatedAt);
    }
  }

  /** Resolves once every socket change heard so far is written and announced. */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.allSettled([...this.writing.values()]);
  }

  /**
   * Stops following sockets, and releases this node's rows: their members are told they left,
   * unless online on another node (a client that reconnects elsewhere comes online there).
   */
  async close(): Promise<void> {
    this.stopListening?.();
    if (this.timer) clearInterval(this.timer);
    await this.settled();
    try {
      const now = this.clock.now();
      const freshSince = now - PRESENCE_STALE_MS;
      for (const memberId of await releaseNode(this.db, this.deps.nodeId, now)) {
        if (!(await isOnline(this.db, memberId, freshSince))) await this.announce(memberId, false, now);
      }
    } catch (error) {
      this.deps.platform.logger.warn({ err: error }, 'could not release presence on shutdown');
    }
    this.held.clear();
  }

  private noteSockets(memberId: string, sockets: number): void {
    this.wanted.set(memberId, sockets);
    if (this.writing.has(memberId)) return;
    const work = this.flush(memberId)
      .catch((error: unknown) => this.deps.platform.logger.warn({ err: error }, 'could not record presence'))
      .finally(() => this.writing.delete(memberId));
    this.writing.set(memberId, work);
  }

  /** Writes one member's counts in the order they changed; a burst of changes is written once. */
  private async flush(memberId: string): Promise<void> {
    for (let sockets = this.wanted.get(memberId); sockets !== undefined; sockets = this.wanted.get(memberId)) {
      this.wanted.delete(memberId);
      const before = this.held.get(memberId) ?? 0;
      if (sockets === before) continue;
      const now = this.clock.now();
      await writeSockets(this.db, memberId, this.deps.nodeId, sockets, now);
      if (sockets > 0) this.held.set(memberId, sockets);
      else this.held.delete(memberId);
      if (before === 0) await this.announce(memberId, true, now);
      else if (sockets === 0 && !(await isOnline(this.db, memberId, now - PRESENCE_STALE_MS))) await this.announce(memberId, false, now);
    }
  }

  private async announce(memberId: string, online: boolean, at: number): Promise<void> {
    const [partners, hidden] = await Promise.all([this.deps.partnersOf(memberId), this.deps.people.hiddenAuthorIds(memberId)]);
    const event: PresenceEvent = { type: 'presence', memberId, online, at: toIso(at) };
    await Promise.all(partners.filter((id) => !hidden.has(id)).map((id) => this.deps.realtime.publish(memberRoom(id), event)));
  }
}
