/** A "typing" notice counts for this long unless it is repeated (clients repeat it every 3 s). */
export const TYPING_TTL_MS = 5_000;
/** The caller sends a typing frame at most this often while typing. */
export const TYPING_SEND_INTERVAL_MS = 3_000;

/** Who is typing: member id → when their notice expires (epoch ms). */
export type TypingState = Readonly<Record<string, number>>;

export function noteTyping(state: TypingState, memberId: string, now: number): TypingState {
  return { ...state, [memberId]: now + TYPING_TTL_MS };
}

/** Someone whose message arrived has stopped typing it. */
export function stopTyping(state: TypingState, memberId: string): TypingState {
  if (!(memberId in state)) return state;
  const { [memberId]: _gone, ...rest } = state;
  return rest;
}

/** Members still typing at `now`, in the order they started. */
export function activeTypers(state: TypingState, now: number): string[] {
  return Object.entries(state)
    .filter(([, expiresAt]) => expiresAt > now)
    .map(([memberId]) => memberId);
}

/** Milliseconds until the next notice expires, or null when nobody is typing. */
export function nextTypingExpiry(state: TypingState, now: number): number | null {
  const upcoming = Object.values(state).filter((expiresAt) => expiresAt > now);
  return upcoming.length === 0 ? null : Math.min(...upcoming) - now;
}

/** Whether a typing frame may go out now (at most one per interval). */
export function shouldSendTyping(lastSentAt: number, now: number): boolean {
  return now - lastSentAt >= TYPING_SEND_INTERVAL_MS;
}
