/** The bounds one socket lives within; see ARCHITECTURE "Realtime" and the abuse notes in the hub. */
export interface RealtimeLimits {
  /** Largest client frame in bytes; a larger one closes the socket with 1009. */
  maxFrameBytes: number;
  /** Rooms one socket may be subscribed to at once. */
  maxSubscriptions: number;
  /** Client frames per second a socket earns, and how many it may save up. */
  framesPerSecond: number;
  frameBurst: number;
  /**
   * Refused frames (decaying at `framesPerSecond / 10` per second) a socket may send before
   * it is closed with 1008: a client a little too fast is only throttled, a flooder is cut off.
   */
  maxRefusedFrames: number;
  /** Invalid frames in a row before the socket is closed with 1008. */
  maxInvalidFrames: number;
  /** Interval of server pings; a socket that misses two pongs is terminated. 0 turns it off. */
  heartbeatMs: number;
  /** Events read from a room's backlog per query. */
  backlogPage: number;
  /** Events one catch-up sends before it stops and says `hasMore`. */
  maxCatchUp: number;
  /** How long a live event ahead of a missing seq waits for it before the gap is read from the backlog. */
  gapWaitMs: number;
  /** Live events held ahead of a gap before the gap is read at once. */
  maxHeldEvents: number;
  /** Live events buffered during a catch-up before the socket is dropped as too slow. */
  maxPendingEvents: number;
  /** Bytes queued for a socket before it is dropped as too slow to keep up. */
  maxBufferedBytes: number;
  /** A socket's typing notices are relayed at most once per this interval. */
  typingIntervalMs: number;
  /**
   * The longest a fan-out of room events waits behind the previous one (ms): after a fan-out
   * that took d ms, the next starts no sooner than min(d, this) after it ended. Fanning out to
   * a few sockets takes microseconds, so small rooms never wait; a big room's fan-out leaves
   * the event loop at least as much time for the rest, and the events heard meanwhile reach
   * each socket in one write (one write per socket and event is what limits a node). 0: never wait.
   */
  fanOutIntervalMs: number;
}

export const DEFAULT_REALTIME_LIMITS: RealtimeLimits = {
  maxFrameBytes: 16 * 1024,
  maxSubscriptions: 200,
  framesPerSecond: 20,
  frameBurst: 40,
  maxRefusedFrames: 40,
  maxInvalidFrames: 10,
  heartbeatMs: 30_000,
  backlogPage: 100,
  maxCatchUp: 1_000,
  gapWaitMs: 500,
  maxHeldEvents: 100,
  maxPendingEvents: 2_000,
  maxBufferedBytes: 4 * 1024 * 1024,
  typingIntervalMs: 1_000,
  fanOutIntervalMs: 20,
};
