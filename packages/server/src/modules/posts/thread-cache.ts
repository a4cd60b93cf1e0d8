import type { ThreadSnapshot } from './thread-snapshot.js';

/** What one node keeps at most: enough for the threads being read right now. */
const DEFAULT_BUDGET_BYTES = 64 * 1024 * 1024;

/**
 * This node's shared thread pages (thread-snapshot.ts), least recently read dropped first.
 * An entry is used only when it carries the versions the request has just read from the
 * database, so a change made through any node is seen at the next read; no message between
 * nodes is needed. While one request builds a thread's snapshot, others wanting at most
 * that version wait for it instead of building their own.
 */
export class ThreadCache {
  private readonly entries = new Map<string, ThreadSnapshot>();
  private readonly building = new Map<string, Promise<ThreadSnapshot | null>>();
  private bytes = 0;

  constructor(
    private readonly build: (postId: string) => Promise<ThreadSnapshot | null>,
    private readonly budgetBytes = DEFAULT_BUDGET_BYTES,
  ) {}

  /**
   * The snapshot of `postId` at `version`/`authorsVersion` or newer (a build that raced a
   * change); null when the thread is gone.
   */
  async get(postId: string, version: number, authorsVersion: number): Promise<ThreadSnapshot | null> {
    const entry = this.entries.get(postId);
    if (entry && entry.version === version && entry.authorsVersion === authorsVersion) {
      // Map order is the recency order.
      this.entries.delete(postId);
      this.entries.set(postId, entry);
      return entry;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const pending = this.building.get(postId);
      if (!pending) break;
      const built = await pending;
      if (!built || (built.version >= version && built.authorsVersion >= authorsVersion)) return built;
    }
    return this.rebuild(postId);
  }

  /** Entries held (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  private rebuild(postId: string): Promise<ThreadSnapshot | null> {
    const promise = this.build(postId).then(
      (snapshot) => {
        if (this.building.get(postId) === promise) this.building.delete(postId);
        this.store(postId, snapshot);
        return snapshot;
      },
      (error: unknown) => {
        if (this.building.get(postId) === promise) this.building.delete(postId);
        throw error;
      },
    );
    this.building.set(postId, promise);
    return promise;
  }

  private store(postId: string, snapshot: ThreadSnapshot | null): void {
    const old = this.entries.get(postId);
    if (old) {
      this.entries.delete(postId);
      this.bytes -= old.bytes;
    }
    if (!snapshot || snapshot.bytes > this.budgetBytes) return;
    this.entries.set(postId, snapshot);
    this.bytes += snapshot.bytes;
    for (const [id, oldest] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(id);
      this.bytes -= oldest.bytes;
    }
  }
}
