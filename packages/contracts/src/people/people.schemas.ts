import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { MemberSummary } from '../members/members.schemas.js';

/** Who may start a DM with a member or write to them in one: anyone, friends (mutual follows) only, or nobody. */
export const DmPolicy = z.enum(['everyone', 'friends', 'nobody']);
export type DmPolicy = z.infer<typeof DmPolicy>;

export const PrivacySettings = z.object({ dmPolicy: DmPolicy });
export type PrivacySettings = z.infer<typeof PrivacySettings>;

export const UpdatePrivacyBody = z.strictObject({ dmPolicy: DmPolicy });
export type UpdatePrivacyBody = z.input<typeof UpdatePrivacyBody>;

/** A member in a followers, following or friends list, with how they stand to the viewer. */
export const PersonSummary = MemberSummary.extend({
  /** The viewer follows them. */
  isFollowing: z.boolean(),
  /** They follow the viewer. */
  followsYou: z.boolean(),
  /** Both of the above: friends (朋友圈). */
  isFriend: z.boolean(),
  /** When the follow that put them in this list was made. */
  since: IsoTime,
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/** How the viewer and one member stand, and that member's counts (for their profile). */
export const Relationship = z.object({
  memberId: Id,
  /** The viewer follows them. */
  following: z.boolean(),
  /** They follow the viewer. */
  followedBy: z.boolean(),
  friend: z.boolean(),
  /** The viewer blocks them. (Whether they block the viewer is not told.) */
  blocking: z.boolean(),
  /** The viewer may start a DM with them or write in their 1:1 DM. */
  canDm: z.boolean(),
  counts: z.object({ followers: z.number().int().min(0), following: z.number().int().min(0) }),
});
export type Relationship = z.infer<typeof Relationship>;

/** A member the viewer blocks. */
export const BlockedMember = z.object({
  id: Id,
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  blockedAt: IsoTime,
});
export type BlockedMember = z.infer<typeof BlockedMember>;

/** A thread a member started or a reply they wrote, as the viewer may read it. */
export const ActivityItem = z.object({
  kind: z.enum(['thread', 'reply']),
  /** The thread's id, or the reply's. */
  id: Id,
  /** The thread it belongs to (its own id for a thread): link to /posts/:postId. */
  postId: Id,
  spaceId: Id,
  /** The thread's title. */
  title: z.string(),
  excerpt: z.string(),
  createdAt: IsoTime,
});
export type ActivityItem = z.infer<typeof ActivityItem>;
