import type { MemberPresence, PresenceEvent } from '@hearth/contracts';

/** What the app shows of a member: online now, or when last seen (null: never, or not known). */
export interface PresenceState {
  online: boolean;
  lastSeenAt: string | null;
}

interface LiveNote {
  online: boolean;
  at: number;
}

/*
 * Presence events heard on the member's own room since the app started, newest per member.
 * Kept outside the query cache: an event must outlive the list request it is newer than, and
 * a list answered after an event (but asked before it) must not undo it.
 */
const live = new Map<string, LiveNote>();
const listeners = new Set<() => void>();
let version = 0;

/** Records an event unless one newer for the same member is already known (events may cross on the bus). */
export function notePresence(event: PresenceEvent): void {
  const at = Date.parse(event.at);
  const current = live.get(event.memberId);
  if (current && current.at > at) return;
  live.set(event.memberId, { online: event.online, at });
  version += 1;
  for (const listener of listeners) listener();
}

export function subscribePresence(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function presenceVersion(): number {
  return version;
}

/**
 * The server's answer for a member, unless an event about them is at least as new: an online
 * member's answer is dated when it was made, an offline one's when they left.
 */
export function mergePresence(memberId: string, answer: MemberPresence | undefined): PresenceState | undefined {
  const note = live.get(memberId);
  const answeredAt = answer?.lastSeenAt ? Date.parse(answer.lastSeenAt) : Number.NEGATIVE_INFINITY;
  if (note && note.at >= answeredAt) return { online: note.online, lastSeenAt: new Date(note.at).toISOString() };
  return answer ? { online: answer.online, lastSeenAt: answer.lastSeenAt } : undefined;
}

/** Forgets every event (signing out, tests). */
export function clearPresence(): void {
  live.clear();
  version += 1;
  for (const listener of listeners) listener();
}
