import type { RealtimeLimits } from './realtime-limits.js';

/** What to do with one client frame. */
export type FrameVerdict = 'accept' | 'refuse' | 'close';

/**
 * Per-socket token bucket for client frames, plus a decaying count of refused frames and a
 * count of invalid frames in a row. Four numbers per socket; time comes from the caller
 * (the injected clock), so tests flood without sleeping.
 */
export class FrameGuard {
  private tokens: number;
  private refused = 0;
  private invalidInARow = 0;

  constructor(
    private readonly limits: RealtimeLimits,
    private at: number,
  ) {
    this.tokens = limits.frameBurst;
  }

  /** Spends a token for a frame: `refuse` when none is left, `close` once refusals pile up. */
  admit(now: number): FrameVerdict {
    const { framesPerSecond, frameBurst, maxRefusedFrames } = this.limits;
    const seconds = Math.max(0, now - this.at) / 1000;
    this.at = now;
    this.tokens = Math.min(frameBurst, this.tokens + seconds * framesPerSecond);
    this.refused = Math.max(0, this.refused - (seconds * framesPerSecond) / 10);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'accept';
    }
    this.refused += 1;
    return this.refused > maxRefusedFrames ? 'close' : 'refuse';
  }

  /** Counts an invalid frame; true when the socket has sent too many in a row. */
  isInvalidTooOften(): boolean {
    this.invalidInARow += 1;
    return this.invalidInARow > this.limits.maxInvalidFrames;
  }

  noteValidFrame(): void {
    this.invalidInARow = 0;
  }
}
