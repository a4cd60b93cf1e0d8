import { ROLE_RANK } from '@hearth/contracts';
import type { Actor } from '../../platform/http/actor.js';

/** What the access rules need of a space. */
export interface SpaceRules {
  kind: string;
  minTierRank: number | null;
  private: number;
  postMinTierRank: number | null;
  archivedAt: number | null;
}

/**
 * The one access policy for spaces, used by listing, reading, posting, search, realtime
 * and notifications alike. Pure: callers pass whether the actor belongs to the space.
 */
export const isStaff = (actor: Actor): boolean => ROLE_RANK[actor.role] >= ROLE_RANK.moderator;

/** Sees the space and everything published in it. Staff see every live space. */
export function canViewSpace(actor: Actor, space: SpaceRules, isMember: boolean): boolean {
  if (space.archivedAt !== null) return false;
  if (isStaff(actor)) return true;
  if (space.private) return isMember;
  return space.minTierRank === null || actor.tierRank >= space.minTierRank;
}

/** Replies, reacts and chats: sees it, is not muted, and is not below the read-only line. */
export function canParticipate(actor: Actor, space: SpaceRules, isMember: boolean): boolean {
  if (!canViewSpace(actor, space, isMember) || actor.status !== 'active') return false;
  return isStaff(actor) || space.postMinTierRank === null || actor.tierRank >= space.postMinTierRank;
}

/** Starts threads (or posts to a channel): announcements are for admins. */
export function canPostIn(actor: Actor, space: SpaceRules, isMember: boolean): boolean {
  if (!canParticipate(actor, space, isMember)) return false;
  return space.kind !== 'announcement' || ROLE_RANK[actor.role] >= ROLE_RANK.admin;
}

/** Pins, locks, moves and removes others' content. */
export const canModerateSpace = (actor: Actor, space: SpaceRules, isMember: boolean): boolean =>
  isStaff(actor) && canViewSpace(actor, space, isMember);
