/** Badges and leaderboards (migration 0027; modules/economy/badges, leaderboards). */

export interface BadgeTable {
  id: string;
  /** The built-in rule; null for a manual badge. */
  rule: string | null;
  /** Null keeps a rule badge's built-in (translated) name. */
  name: string | null;
  description: string | null;
  icon: string;
  tier: 'bronze' | 'silver' | 'gold' | 'accent';
  isEnabled: number;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface MemberBadgeTable {
  badgeId: string;
  memberId: string;
  awardedAt: number;
  /** Null when a rule awarded it. */
  awardedBy: string | null;
  reason: string | null;
  /** Set when staff took it back; the row stays so automatic rules do not award it again. */
  revokedAt: number | null;
}

export interface LeaderboardOptOutTable {
  memberId: string;
  createdAt: number;
}

/** The accepted answer of each question, as the leaderboards last heard it. */
export interface AcceptedAnswerTable {
  postId: string;
  commentId: string;
  memberId: string;
  day: number;
  acceptedAt: number;
}

export interface BadgeTables {
  badge: BadgeTable;
  memberBadge: MemberBadgeTable;
  leaderboardOptOut: LeaderboardOptOutTable;
  acceptedAnswer: AcceptedAnswerTable;
}
