import type { Bus } from '../../platform/bus/bus.js';
import type { Clock } from '../../platform/clock.js';

/** Bus topic telling every node that these members' blocks changed: `{ memberIds }`. */
const BLOCKS_CHANGED_TOPIC = 'people.blocks_changed';

interface Entry {
  ids: ReadonlySet<string>;
  cachedAt: number;
}

/**
 * Who each member must not see (blocked either way), kept a few seconds: thread pages, the
 * feed, replies, presence and the directory all ask on every request, and blocks change
 * rarely. A block or unblock calls `changed` after its commit: this node forgets at once,
 * other nodes when the bus delivers, and the short lifetime bounds what a lost message can
 * leave behind (as the actor cache does).
 */
export class HiddenMembersCache {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(memberIds: readonly string[]) => void>();
  /** Bumped by every change, so a read that raced a block is not cached. */
  private version = 0;

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
    private readonly load: (memberId: string) => Promise<Set<string>>,
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 20_000,
  ) {}

  async listen(): Promise<void> {
    await this.bus.subscribe(BLOCKS_CHANGED_TOPIC, (payload) => {
      const memberIds = (payload as { memberIds?: unknown }).memberIds;
      if (!Array.isArray(memberIds)) return;
      const ids = memberIds.filter((id): id is string => typeof id === 'string');
      this.drop(ids);
      for (const listener of this.listeners) listener(ids);
    });
  }

  /**
   * Hears, on this node, every block change the bus delivers (this node's own too), after
   * the cache forgot those members: a `get` from the listener reads the new state.
   */
  onChanged(listener: (memberIds: readonly string[]) => void): void {
    this.listeners.add(listener);
  }

  async get(memberId: string): Promise<ReadonlySet<string>> {
    const entry = this.entries.get(memberId);
    if (entry && this.clock.now() - entry.cachedAt < this.ttlMs) return entry.ids;
    const readVersion = this.version;
    const ids = await this.load(memberId);
    if (readVersion === this.version) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(memberId, { ids, cachedAt: this.clock.now() });
    }
    return ids;
  }

  /** Call after committing a block or unblock between these members. */
  async changed(memberIds: readonly string[]): Promise<void> {
    this.drop(memberIds);
    await this.bus.publish(BLOCKS_CHANGED_TOPIC, { memberIds });
  }

  private drop(memberIds: readonly string[]): void {
    this.version++;
    for (const id of memberIds) this.entries.delete(id);
  }
}
