import type { Bus } from '../../platform/bus/bus.js';
import type { Clock } from '../../platform/clock.js';
import type { WordFilter } from './word-filter.js';

/** Bus topic telling every node that the word lists changed: `{ version }`. */
const LISTS_CHANGED_TOPIC = 'moderation.words_changed';

export interface FilterSource {
  /** The lists' version in the database. */
  version(): Promise<number>;
  /** Reads the lists (version first, so the filter is never labelled newer than its words) and compiles them. */
  build(): Promise<{ version: number; filter: WordFilter }>;
}

/**
 * The compiled filter of this node, rebuilt when the lists change. Every change bumps the
 * version row in its transaction and, after commit, calls `changed`: this node rebuilds on
 * its next check, other nodes when the bus delivers. Whatever the bus loses (or a change made
 * by another process such as the CLI) is caught by re-reading the version at most every
 * `recheckMs`, the same bound the actor cache keeps. Concurrent checks share one rebuild.
 */
export class FilterCache {
  private filter: WordFilter | null = null;
  private version = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private isStale = true;
  private building: Promise<WordFilter> | null = null;

  constructor(
    private readonly bus: Bus,
    private readonly clock: Clock,
    private readonly source: FilterSource,
    private readonly recheckMs = 5_000,
  ) {}

  async listen(): Promise<void> {
    await this.bus.subscribe(LISTS_CHANGED_TOPIC, (payload) => {
      const version = (payload as { version?: unknown }).version;
      if (typeof version !== 'number' || version !== this.version) this.isStale = true;
    });
  }

  /** The filter of the lists' current version. */
  async current(): Promise<WordFilter> {
    if (this.filter && !this.isStale && this.clock.now() - this.checkedAt < this.recheckMs) return this.filter;
    if (this.building) return this.building;
    if (this.filter) {
      const version = await this.source.version();
      if (version === this.version && !this.isStale) {
        this.checkedAt = this.clock.now();
        return this.filter;
      }
    }
    return this.rebuild();
  }

  /** Call after committing a change of the lists. */
  async changed(version: number): Promise<void> {
    this.isStale = true;
    await this.bus.publish(LISTS_CHANGED_TOPIC, { version });
  }

  private rebuild(): Promise<WordFilter> {
    this.isStale = false;
    const building = this.source.build().then(
      ({ version, filter }) => {
        this.filter = filter;
        this.version = version;
        this.checkedAt = this.clock.now();
        this.building = null;
        return filter;
      },
      (error: unknown) => {
        this.isStale = true;
        this.building = null;
        throw error;
      },
    );
    this.building = building;
    return building;
  }
}
