import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';

/**
 * What a space holds: threads (discussion), questions with an accepted answer (qa), a live
 * channel (chat), or posts only admins write (announcement). Event and course spaces come
 * with their own modules.
 */
export const SpaceKind = z.enum(['discussion', 'qa', 'chat', 'announcement']);
export type SpaceKind = z.infer<typeof SpaceKind>;

/**
 * Who may read and who may write. `minTierRank`: only members of that tier rank or above see
 * the space (e.g. VIP only). `private`: only members added or invited see it.
 * `postMinTierRank`: members below it read but cannot post (read-only for lower tiers).
 * Admins and moderators see every space.
 */
export const SpaceAccess = z.object({
  minTierRank: z.number().int().min(0).max(100).nullable().default(null),
  private: z.boolean().default(false),
  postMinTierRank: z.number().int().min(0).max(100).nullable().default(null),
});
export type SpaceAccess = z.infer<typeof SpaceAccess>;

export const SpaceName = PlainText(60).pipe(z.string().trim().min(1));
/** One emoji or a short symbol shown beside the name. */
export const SpaceIcon = z.string().trim().max(16);

export const SpaceSection = z.object({ id: Id, name: z.string(), position: z.number().int() });
export type SpaceSection = z.infer<typeof SpaceSection>;

export const Space = z.object({
  id: Id,
  sectionId: Id.nullable(),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  kind: SpaceKind,
  access: z.object({
    minTierRank: z.number().int().nullable(),
    private: z.boolean(),
    postMinTierRank: z.number().int().nullable(),
  }),
  position: z.number().int(),
  /** The conversation of a chat space (messages live there). */
  conversationId: Id.nullable(),
  createdAt: IsoTime,
});
export type Space = z.infer<typeof Space>;

/** A space as the caller sees it: their membership, what they may do, what is new. */
export const MySpace = Space.extend({
  joined: z.boolean(),
  muted: z.boolean(),
  canPost: z.boolean(),
  canModerate: z.boolean(),
  /** New threads and replies since the caller last read the space (0 when muted or never joined). */
  unread: z.number().int().min(0),
  lastActivityAt: IsoTime.nullable(),
});
export type MySpace = z.infer<typeof MySpace>;

export const SpaceList = z.object({ sections: z.array(SpaceSection), spaces: z.array(MySpace) });
export type SpaceList = z.infer<typeof SpaceList>;

export const CreateSpaceBody = z.strictObject({
  name: SpaceName,
  description: PlainText(500).default(''),
  icon: SpaceIcon.default(''),
  kind: SpaceKind,
  sectionId: Id.nullable().default(null),
  access: SpaceAccess.default({ minTierRank: null, private: false, postMinTierRank: null }),
});
export type CreateSpaceBody = z.input<typeof CreateSpaceBody>;

export const UpdateSpaceBody = z
  .strictObject({
    name: SpaceName,
    description: PlainText(500),
    icon: SpaceIcon,
    sectionId: Id.nullable(),
    position: z.number().int().min(0).max(10_000),
    access: SpaceAccess,
  })
  .partial();
export type UpdateSpaceBody = z.input<typeof UpdateSpaceBody>;

export const SectionBody = z.strictObject({ name: PlainText(60).pipe(z.string().trim().min(1)) });
export const UpdateSectionBody = z.strictObject({ name: SectionBody.shape.name, position: z.number().int().min(0).max(10_000) }).partial();

export const MuteBody = z.strictObject({ muted: z.boolean() });
export const AddSpaceMembersBody = z.strictObject({ memberIds: z.array(Id).min(1).max(100) });

/** A member of a private space, as its managers see it. */
export const SpaceMember = z.object({
  id: Id,
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  joinedAt: IsoTime,
});
export type SpaceMember = z.infer<typeof SpaceMember>;

/** Realtime, on the member's own room: someone else added or removed the member from a space; reload the sidebar. */
export const SpacesChangedEvent = z.object({ type: z.literal('spaces') });
export type SpacesChangedEvent = z.infer<typeof SpacesChangedEvent>;
