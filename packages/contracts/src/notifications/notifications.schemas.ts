import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/**
 * What a member is told about. `thread_reply` is a reply in a thread they follow (not to
 * them); `reply` is to their own thread or comment; `dm` groups a conversation's unread
 * messages into one entry; `reaction` groups the reactions to one thing.
 */
export const NotificationKind = z.enum([
  'mention',
  'reply',
  'thread_reply',
  'dm',
  'reaction',
  'follow',
  'moderation',
  'tip',
  // Perks marketplace: to the seller (a new order, a cancellation, an expiry) and to the buyer (fulfilled, declined, expired, refunded).
  'perk_order',
  'perk_redemption',
  'level_up',
  'badge',
  'points_expiring',
  'chip',
  'report',
  // Member market: a taker filled (part of) the member's order.
  'market',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;
export const NOTIFICATION_KINDS = NotificationKind.options;

export const ModerationAction = z.enum(['deleted', 'locked', 'moved']);

export const Notification = z.object({
  id: Id,
  kind: NotificationKind,
  /** Who did it most recently; null for notices from the community itself. */
  actor: AuthorRef.nullable(),
  /** How many distinct members this entry stands for (reactions, DM messages, followed-thread replies). */
  actorCount: z.number().int().min(1),
  /** How many events this entry stands for (e.g. 3 new messages). */
  count: z.number().int().min(1),
  /** The thread title or chat space name it is about, as it was then ('' for DMs and follows). */
  title: z.string(),
  /** Plain text (never HTML) from the content, cut short. */
  excerpt: z.string(),
  /** Where in the app it leads, e.g. `/posts/<id>#comment-<id>`, `/chat/<id>`, `/members/<id>`. */
  url: z.string(),
  emoji: z.string().nullable(),
  action: ModerationAction.nullable(),
  /** A tip's amount with its asset, in the asset's own name (`10 積分`); absent for other kinds. */
  tipAmount: z.string().nullable().optional(),
  /** What happened to a perk order (`redeemed`, `cancelled`, `expired`, `fulfilled`, `declined`, `refunded`); absent for other kinds. */
  perkEvent: z.string().nullable().optional(),
  /** A `chip` entry's event: the member's chip request approved or declined, or chips given to them. */
  chipEvent: z.enum(['approved', 'declined', 'gift']).nullable().optional(),
  /** A `market` entry's event: `fill` (part of the order taken), `filled` (its last units). */
  marketEvent: z.enum(['fill', 'filled']).nullable().optional(),
  /** How the moderators handled the member's report (`report` notices only). */
  reportOutcome: z.enum(['dismissed', 'upheld', 'removed']).optional(),
  createdAt: IsoTime,
  readAt: IsoTime.nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NotificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  /** `unread` lists only what is not read yet. */
  filter: z.enum(['all', 'unread']).default('all'),
});

export const NotificationPage = z.object({
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int().min(0),
});

export const UnreadCount = z.object({ unreadCount: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof UnreadCount>;

/** Marks read the listed entries, or those about one thread or conversation (opening it), or, with none of these, all. */
export const MarkNotificationsReadBody = z
  .strictObject({
    ids: z.array(Id).min(1).max(100).optional(),
    postId: Id.optional(),
    conversationId: Id.optional(),
  })
  .refine((b) => [b.ids, b.postId, b.conversationId].filter((v) => v !== undefined).length <= 1, {
    message: 'at most one of ids, postId, conversationId',
    path: ['ids'],
  });

/** The member room's event when the badge changes. */
export const NotificationsChangedEvent = z.object({ type: z.literal('notifications'), unreadCount: z.number().int().min(0) });

export const ChannelPrefs = z.strictObject({ inApp: z.boolean(), email: z.boolean(), push: z.boolean() });
export type ChannelPrefs = z.infer<typeof ChannelPrefs>;

/** `HH:MM` on a 24-hour clock, in the member's own time zone. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const QuietHours = z
  .strictObject({ start: ClockTime, end: ClockTime })
  .refine((q) => q.start !== q.end, { message: 'start and end differ', path: ['end'] });

export const DigestFrequency = z.enum(['off', 'daily', 'weekly']);
export type DigestFrequency = z.infer<typeof DigestFrequency>;

export const NotificationSettings = z.object({
  kinds: z.record(NotificationKind, ChannelPrefs),
  /** No email or push in these hours (email waits until they end); null = none. */
  quietHours: QuietHours.nullable(),
  digest: DigestFrequency,
  /** Every email of this kind (single notices and digests) off at once. */
  emailEnabled: z.boolean(),
  /** When the next digest is due, if one is scheduled. */
  nextDigestAt: IsoTime.nullable(),
});
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const UpdateNotificationSettingsBody = z.strictObject({
  kinds: z.partialRecord(NotificationKind, ChannelPrefs.partial()).optional(),
  quietHours: QuietHours.nullable().optional(),
  digest: DigestFrequency.optional(),
  emailEnabled: z.boolean().optional(),
});

/** How closely a member follows a thread: `following` = every reply; `normal` = replies to them and mentions; `muted` = nothing. */
export const ThreadFollowLevel = z.enum(['following', 'normal', 'muted']);
export type ThreadFollowLevel = z.infer<typeof ThreadFollowLevel>;
export const ThreadFollow = z.object({ level: ThreadFollowLevel });
export const SetThreadFollowBody = z.strictObject({ level: ThreadFollowLevel });

export const PushKey = z.object({ publicKey: z.string() });

/** A browser's PushSubscription (`subscription.toJSON()`). */
export const PushSubscriptionBody = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(1000),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export const RemovePushSubscriptionQuery = z.object({ endpoint: z.string().min(1).max(1000) });
