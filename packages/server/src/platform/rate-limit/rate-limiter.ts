import type { Clock } from '../clock.js';
import { AppError } from '../errors/app-error.js';

/** Whether an event is within its limit, and if not, how long until it would be. */
export interface RateDecision {
  allowed: boolean;
  retryAfterMs: number;
}

/** At most `max` events per `windowMs` for one key. */
export interface RateRule {
  max: number;
  windowMs: number;
}

/**
 * Counts events per key (an email, an account) in a sliding window. Async so that a shared
 * adapter (Redis) can implement the same interface when several nodes must agree; the
 * in-memory one below serves a single node.
 */
export interface RateLimiter {
  /** Whether one more event for `key` would be allowed now, without counting it. */
  check(key: string): Promise<RateDecision>;
  /** Counts one event for `key`; says whether it was still within the limit. */
  hit(key: string): Promise<RateDecision>;
  /** Forgets every event of `key`. */
  reset(key: string): Promise<void>;
}

const ALLOWED: RateDecision = { allowed: true, retryAfterMs: 0 };

/** A limiter that never refuses: used when rate limits are turned off (HEARTH_RATE_LIMIT=false). */
export const unlimitedRateLimiter: RateLimiter = {
  check: async () => ALLOWED,
  hit: async () => ALLOWED,
  reset: async () => undefined,
};

/**
 * Sliding-window limiter held in this process's memory. Time comes from the injected clock,
 * so tests move past a window without sleeping. Keys are bounded (`maxKeys`): an attacker
 * cycling through random keys cannot grow the map without limit; when full, expired keys
 * are swept first, then the oldest ones go.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly rule: RateRule,
    private readonly maxKeys = 100_000,
  ) {}

  async check(key: string): Promise<RateDecision> {
    return this.decide(this.recent(key));
  }

  async hit(key: string): Promise<RateDecision> {
    const recent = this.recent(key);
    const decision = this.decide(recent);
    if (decision.allowed) {
      recent.push(this.clock.now());
      // Re-inserting moves the key to the end, so eviction drops the least recently hit.
      this.events.delete(key);
      this.events.set(key, recent);
      this.evictIfFull();
    }
    return decision;
  }

  async reset(key: string): Promise<void> {
    this.events.delete(key);
  }

  /** Events of `key` still inside the window (older ones are dropped as a side effect). */
  private recent(key: string): number[] {
    const since = this.clock.now() - this.rule.windowMs;
    const recent = (this.events.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.events.delete(key);
    else this.events.set(key, recent);
    return recent;
  }

  private decide(recent: number[]): RateDecision {
    if (recent.length < this.rule.max) return ALLOWED;
    const oldest = recent[recent.length - this.rule.max] ?? this.clock.now();
    return { allowed: false, retryAfterMs: Math.max(1, oldest + this.rule.windowMs - this.clock.now()) };
  }

  private evictIfFull(): void {
    if (this.events.size <= this.maxKeys) return;
    const since = this.clock.now() - this.rule.windowMs;
    for (const [key, times] of this.events) {
      if ((times[times.length - 1] ?? 0) <= since) this.events.delete(key);
    }
    for (const key of this.events.keys()) {
      if (this.events.size <= this.maxKeys) break;
      this.events.delete(key);
    }
  }
}

/** The 429 problem for a refused event; the HTTP layer turns `seconds` into Retry-After. */
export function rateLimitedError(retryAfterMs: number): AppError {
  return new AppError('rate_limited', 429, { seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) });
}
