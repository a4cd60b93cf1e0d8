import type { Bus } from '../bus/bus.js';
import type { Clock } from '../clock.js';
import type { Actor } from './actor.js';

/** Bus topic telling every node to drop cached actors: `{ memberId }`, or `{}` for all. */
const FORGET_TOPIC = 'actors.forget';

interface Entry {
  actor: Actor;
  cachedAt: number;
  /** The session's own expiry: a cached actor never outlives its session. */
  sessionExpiresAt: number;
}

/**
 * Resolved callers by session-token hash, kept a few seconds so an authenticated request
 * costs no session or member read. Whatever changes what an actor says (sign-out, revoked
 * sessions, role, status, tier, tier ranks, language) calls `forgetMember` or `forgetAll`
 * after its transaction commits: this node forgets at once, other nodes when the bus
 * delivers, and the short lifetime bounds what a lost message (or a change made by another
 * process, like the CLI) can leave behind.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByMember = new Map<string, Set<string>>();
  /** Bumped by every forget, so a read that raced a change is not cached (see `set`). */
  private version = 0;
  private readonly forgetListeners: ((memberId: string | null) => void)[] = [];

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 20_000,
  ) {}

  /** Starts hearing other nodes' invalidations. */
  async listen(): Promise<void> {
    await this.bus.subscribe(FORGET_TOPIC, (payload) => {
      const memberId = (payload as { memberId?: unknown }).memberId;
      if (typeof memberId === 'string') this.dropMember(memberId);
      else this.clear();
      for (const listener of this.forgetListeners) listener(typeof memberId === 'string' ? memberId : null);
    });
  }

  /**
   * Runs `listener` on every node whenever a member's actor (or everyone's: null) may have
   * changed, once the bus brings the news — e.g. so realtime re-checks that member's rooms.
   */
  onForget(listener: (memberId: string | null) => void): void {
    this.forgetListeners.push(listener);
  }

  get(key: string): Actor | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.clock.now();
    if (now - entry.cachedAt >= this.ttlMs || now >= entry.sessionExpiresAt) {
      this.drop(key, entry.actor.memberId);
      return undefined;
    }
    return entry.actor;
  }

  /** Take before reading the session and member; pass to `set`. */
  readVersion(): number {
    return this.version;
  }

  /** Caches an actor read since `readVersion`, unless a forget happened in between. */
  set(key: string, actor: Actor, sessionExpiresAt: number, readVersion: number): void {
    if (readVersion !== this.version) return;
    if (this.entries.size >= this.maxEntries) this.clear();
    this.entries.set(key, { actor, cachedAt: this.clock.now(), sessionExpiresAt });
    let keys = this.keysByMember.get(actor.memberId);
    if (!keys) this.keysByMember.set(actor.memberId, (keys = new Set()));
    keys.add(key);
  }

  /** Call after committing a change to a member's sessions, role, status, tier or language. */
  async forgetMember(memberId: string): Promise<void> {
    this.dropMember(memberId);
    await this.bus.publish(FORGET_TOPIC, { memberId });
  }

  /** Call after committing a change that touches many actors at once (tier ranks). */
  async forgetAll(): Promise<void> {
    this.clear();
    await this.bus.publish(FORGET_TOPIC, {});
  }

  private dropMember(memberId: string): void {
    this.version++;
    for (const key of this.keysByMember.get(memberId) ?? []) this.entries.delete(key);
    this.keysByMember.delete(memberId);
  }

  private drop(key: string, memberId: string): void {
    this.entries.delete(key);
    const keys = this.keysByMember.get(memberId);
    keys?.delete(key);
    if (keys?.size === 0) this.keysByMember.delete(memberId);
  }

  private clear(): void {
    this.version++;
    this.entries.clear();
    this.keysByMember.clear();
  }
}
