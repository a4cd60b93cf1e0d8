import type { RoomEvent } from '@hearth/contracts';
import type { Actor } from '../http/actor.js';

/** One event of a sequenced room's log. */
export interface BacklogEntry {
  seq: number;
  event: RoomEvent;
}

/** What a module registers for a kind of room (`conversation`, `space` …). */
export interface RoomKind {
  /**
   * Whether `actor` may read room `<kind>:<id>`. Called on subscribe and resume, and again
   * for every subscription of a member on `hub.reauthorize(memberId)`. May throw (the
   * subscription is then refused or dropped as `unavailable`).
   */
  authorize(actor: Actor, id: string): Promise<boolean>;
  /**
   * Sequenced rooms only: up to `limit` events with seq > `afterSeq`, ascending. Events must
   * be committed before they are published, so a backlog read after a subscription started
   * sees every event the subscription may have missed.
   */
  backlog?(actor: Actor, id: string, afterSeq: number, limit: number): Promise<BacklogEntry[]>;
  /**
   * The event as a member must get it who is blocked either way with its author (events
   * published with an `authorId`): same seq, content left out. Null sends nothing for an
   * unsequenced event and a bare `{type:"withheld"}` for a sequenced one (no holes); so does
   * a kind without `withhold`. Called at most once per event and node.
   */
  withhold?(event: RoomEvent): RoomEvent | null;
  /** Members whose application is pending (or declined) may subscribe too. Default false. */
  pendingOk?: boolean;
  /** Whether typing notices are relayed in these rooms. Default true. */
  typing?: boolean;
}

export const MEMBER_ROOM_KIND = 'member';

/** A member's own channel (notifications and the like): only that member may subscribe. */
export function memberRoom(memberId: string): string {
  return `${MEMBER_ROOM_KIND}:${memberId}`;
}

export const memberRoomKind: RoomKind = {
  authorize: async (actor, id) => actor.memberId === id,
  pendingOk: true,
  typing: false,
};

/** Splits a room (already validated as `<kind>:<id>`) at its first colon. */
export function splitRoom(room: string): { kind: string; id: string } {
  const colon = room.indexOf(':');
  return { kind: room.slice(0, colon), id: room.slice(colon + 1) };
}

/** Whether an actor of this status may subscribe to rooms of this kind at all. */
export function canUseKind(actor: Actor, kind: RoomKind): boolean {
  if (actor.status === 'banned') return false;
  if (actor.status === 'pending' || actor.status === 'declined') return kind.pendingOk === true;
  return true;
}
