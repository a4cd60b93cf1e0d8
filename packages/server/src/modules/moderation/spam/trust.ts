import type { Role } from '@hearth/contracts';

/** What spam detection knows of an author (from the members and posts modules, bound by the composition root). */
export interface AuthorStanding {
  role: Role;
  /** When they became a member (admitted, or signed up where no approval is needed). */
  joinedAt: number;
  /** Their published threads and replies. */
  postCount: number;
}

export interface TrustThreshold {
  trustedAfterDays: number;
  trustedAfterPosts: number;
}

const DAY = 86_400_000;

/**
 * Whether an author is established enough that spam signals only block them, never hold.
 * Hearth has no trust levels yet, so tenure and activity stand in for one: staff always,
 * others after `trustedAfterDays` days AND `trustedAfterPosts` posts. This is the one place
 * to swap for trust levels when they exist (issue 5 item 7).
 */
export function isEstablishedAuthor(standing: AuthorStanding, threshold: TrustThreshold, now: number): boolean {
  if (standing.role !== 'member') return true;
  return now - standing.joinedAt >= threshold.trustedAfterDays * DAY && standing.postCount >= threshold.trustedAfterPosts;
}
