import type { Agent } from 'node:https';
import type { Notification, NotificationKind, ThreadFollowLevel, UnreadCount } from '@hearth/contracts';
import type { z } from 'zod';
import type {
  MarkNotificationsReadBody,
  NotificationListQuery,
  PushSubscriptionBody,
  UpdateNotificationSettingsBody,
} from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx } from '../../db/database.js';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { memberRoom } from '../../platform/realtime/room-kind.js';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import type { MembersService, MemberWithTier } from '../members/index.js';
import type { SpacesService } from '../spaces/index.js';
import { nextDigestAt, parseClockTime, quietUntil } from './local-time.js';
import { hiddenKinds, mergeOverrides, settingsOf, toSettingsView, type MemberSettings } from './notification-settings.js';
import {
  countUnread,
  deletePushSubscription,
  findFollowLevel,
  findSettings,
  findUnreadGroup,
  followIfUnset,
  growGroup,
  insertNotification,
  listNotifications,
  markRead,
  saveSettings,
  savePushSubscription,
  setFollowLevel,
  type NewNotification,
  type NotificationRow,
  type ReadScope,
  type Visibility,
} from './notifications.repository.js';
import { PushSender } from './push-sender.js';

/** Kinds whose row keeps an amount in `action` (a tip's, the points about to expire). */
const AMOUNT_KINDS: ReadonlySet<string> = new Set(['tip', 'points_expiring']);
/** The badge stops counting here ("99+"): counting costs the same for a big backlog. */
export const UNREAD_CAP = 100;
/** A notice is emailed only if still unread this long after it happened (Discourse waits 10 minutes too). */
export const EMAIL_DELAY_MS = 10 * 60_000;

export const NOTIFICATION_EMAIL_JOB = 'notifications.email';
export const NOTIFICATION_PUSH_JOB = 'notifications.push';
export const NOTIFICATION_DIGEST_JOB = 'notifications.digest';

export interface NotificationsDeps {
  platform: Platform;
  members: MembersService;
  spaces: SpacesService;
  /** Blocks: nobody is told of what a member they block (or who blocks them) did. */
  people: { blockedEither(a: string, b: string): Promise<boolean> };
  realtime: RealtimeHub;
  /** Whether the caller may read the thread; the follow routes use it. @throws not_found */
  assertCanReadThread(actor: Actor, postId: string): Promise<void>;
  communityName(): Promise<string>;
  /** Test override: the HTTPS agent for push services (a local fake with its own certificate). */
  pushAgent?: Agent;
}

/** Statuses whose members are told anything. */
const REACHABLE = new Set(['active', 'muted']);

export function actorOfMember(member: MemberWithTier): Actor {
  return {
    memberId: member.id,
    role: member.role,
    status: member.status,
    tierId: member.tierId,
    tierRank: member.tierRank,
    sessionId: null,
    locale: member.locale,
  } as Actor;
}

/** The notification centre, members' choices, thread follows, and delivery to every channel. */
export class NotificationsService {
  readonly push: PushSender;

  constructor(private readonly deps: NotificationsDeps) {
    this.push = new PushSender(deps.platform, deps.pushAgent);
  }

  private get db() {
    return this.deps.platform.db;
  }

  private now() {
    return this.deps.platform.clock.now();
  }

  async settingsFor(memberId: string, db: DbOrTx = this.db): Promise<MemberSettings> {
    return settingsOf(await findSettings(db, memberId));
  }

  /** What the actor may see of their own entries right now (kinds they hid, spaces they can read). */
  async visibilityFor(actor: Actor, settings?: MemberSettings): Promise<Visibility> {
    const [resolved, spaceIds] = await Promise.all([settings ?? this.settingsFor(actor.memberId), this.deps.spaces.visibleSpaceIds(actor)]);
    return { hiddenKinds: hiddenKinds(resolved), spaceIds };
  }

  async list(actor: Actor, query: z.output<typeof NotificationListQuery>) {
    const visibility = await this.visibilityFor(actor);
    const rows = await listNotifications(this.db, actor.memberId, visibility, {
      cursor: decodeCursor(query.cursor),
      limit: query.limit,
      unreadOnly: query.filter === 'unread',
    });
    const refs = await this.deps.members.refs(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
    const page = toPage(
      rows,
      query.limit,
      (r) => ({ at: r.updatedAt, id: r.id }),
      (r) => toNotification(r, refs),
    );
    return { ...page, unreadCount: await countUnread(this.db, actor.memberId, visibility, UNREAD_CAP) };
  }

  async unreadCount(actor: Actor): Promise<UnreadCount> {
    return { unreadCount: await countUnread(this.db, actor.memberId, await this.visibilityFor(actor), UNREAD_CAP) };
  }

  /** Marks entries read (the listed ones, those of a thread or conversation, or all) and updates every open tab's badge. */
  async markRead(actor: Actor, body: z.output<typeof MarkNotificationsReadBody>): Promise<UnreadCount> {
    const scope: ReadScope = body.ids
      ? { ids: body.ids }
      : body.postId
        ? { postId: body.postId }
        : body.conversationId
          ? { conversationId: body.conversationId }
          : { all: true };
    const changed = await markRead(this.db, actor.memberId, scope, this.now());
    const count = await this.unreadCount(actor);
    if (changed > 0) await this.announce(actor.memberId, count.unreadCount);
    return count;
  }

  async getSettings(actor: Actor) {
    return toSettingsView(await this.settingsFor(actor.memberId));
  }

  /**
   * Changes choices; switching the digest on (or to another frequency) schedules the next
   * one at 08:00 in the member's time zone.
   */
  async updateSettings(actor: Actor, patch: z.output<typeof UpdateNotificationSettingsBody>) {
    const member = await this.deps.members.findById(this.db, actor.memberId);
    const timeZone = member?.timeZone ?? 'UTC';
    await withTransaction(this.db, async (tx) => {
      const current = await this.settingsFor(actor.memberId, tx);
      const quiet =
        patch.quietHours === undefined
          ? current.quiet
          : patch.quietHours === null
            ? null
            : { start: parseClockTime(patch.quietHours.start), end: parseClockTime(patch.quietHours.end) };
      const digest = patch.digest ?? current.digest;
      const emailEnabled = patch.emailEnabled ?? current.emailEnabled;
      const reschedule = digest !== current.digest || (digest !== 'off' && current.nextDigestAt === null);
      const next = digest === 'off' ? null : reschedule ? nextDigestAt(this.now(), timeZone, digest) : current.nextDigestAt;
      await saveSettings(
        tx,
        actor.memberId,
        {
          kinds: JSON.stringify(mergeOverrides(current.overrides, patch.kinds ?? {})),
          quietStart: quiet?.start ?? null,
          quietEnd: quiet?.end ?? null,
          digest,
          emailEnabled: emailEnabled ? 1 : 0,
          nextDigestAt: next,
        },
        this.now(),
      );
      // The job carries its due time: one left over from an earlier choice sees a different one and does nothing.
      if (reschedule && next !== null)
        await this.deps.platform.jobs.enqueue(tx, NOTIFICATION_DIGEST_JOB, { memberId: actor.memberId, dueAt: next }, { runAt: next });
    });
    const settings = await this.getSettings(actor);
    // Hiding a kind changes the badge.
    if (patch.kinds) await this.announce(actor.memberId, (await this.unreadCount(actor)).unreadCount);
    return settings;
  }

  async threadFollow(actor: Actor, postId: string): Promise<{ level: ThreadFollowLevel }> {
    await this.deps.assertCanReadThread(actor, postId);
    return { level: (await findFollowLevel(this.db, actor.memberId, postId)) ?? 'normal' };
  }

  async setThreadFollow(actor: Actor, postId: string, level: ThreadFollowLevel): Promise<{ level: ThreadFollowLevel }> {
    await this.deps.assertCanReadThread(actor, postId);
    await setFollowLevel(this.db, actor.memberId, postId, level, this.now());
    return { level };
  }

  /** Writing in a thread follows it, unless the member chose a level for it before. */
  async autoFollow(memberId: string, postId: string): Promise<void> {
    await followIfUnset(this.db, memberId, postId, this.now());
  }

  async addPushSubscription(actor: Actor, body: z.output<typeof PushSubscriptionBody>): Promise<void> {
    await savePushSubscription(
      this.db,
      {
        id: this.deps.platform.ids.next(),
        memberId: actor.memberId,
        endpoint: body.endpoint,
        p256dh: body.keys.p256dh,
        auth: body.keys.auth,
      },
      this.now(),
    );
  }

  async removePushSubscription(actor: Actor, endpoint: string): Promise<void> {
    await deletePushSubscription(this.db, endpoint, actor.memberId);
  }

  /**
   * Tells one member about something, on the channels they chose: an in-app entry (grouped
   * with an unread one of the same `groupKey`), a live badge, an email if it is still unread
   * after EMAIL_DELAY_MS and outside quiet hours, and web push now unless in quiet hours.
   * Nobody is told of their own doing, of what they may not read, or when not reachable.
   * Idempotent per event only through grouping; callers run once per committed event.
   */
  async notify(input: NewNotification): Promise<NotificationRow | null> {
    if (input.actorId === input.recipientId) return null;
    if (input.actorId !== null && (await this.deps.people.blockedEither(input.actorId, input.recipientId))) return null;
    const member = await this.deps.members.findById(this.db, input.recipientId);
    if (!member || !REACHABLE.has(member.status)) return null;
    const actor = actorOfMember(member);
    if (input.spaceId !== null && !(await this.deps.spaces.access(actor, input.spaceId))?.canView) return null;
    const settings = await this.settingsFor(member.id);
    const prefs = settings.kinds[input.kind];
    if (!prefs.inApp && !prefs.email && !prefs.push) return null;
    const now = this.now();
    const quietEnd = quietUntil(now, member.timeZone, settings.quiet);
    const row = await withTransaction(this.db, async (tx) => {
      const group = input.groupKey ? await findUnreadGroup(tx, member.id, input.groupKey) : undefined;
      if (group) {
        await growGroup(tx, group, input);
        return { id: group.id, isNew: false };
      }
      const id = this.deps.platform.ids.next();
      await insertNotification(tx, id, input);
      if (prefs.email && settings.emailEnabled)
        await this.deps.platform.jobs.enqueue(
          tx,
          NOTIFICATION_EMAIL_JOB,
          { notificationId: id },
          { runAt: Math.max(now + EMAIL_DELAY_MS, quietEnd ?? 0) },
        );
      return { id, isNew: true };
    });
    if (prefs.push && quietEnd === null) await this.deps.platform.jobs.enqueue(this.db, NOTIFICATION_PUSH_JOB, { notificationId: row.id });
    if (prefs.inApp) await this.announce(member.id, (await this.unreadCount(actor)).unreadCount);
    return (await this.db.selectFrom('notification').selectAll().where('id', '=', row.id).executeTakeFirst()) ?? null;
  }

  /** The live badge: every open tab of the member hears the new count. */
  private async announce(memberId: string, unreadCount: number): Promise<void> {
    await this.deps.realtime.publish(memberRoom(memberId), { type: 'notifications', unreadCount });
  }
}

export function toNotification(
  row: NotificationRow,
  refs: Map<string, { id: string; displayName: string; avatarUrl: string | null }>,
): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    actor: row.actorId ? (refs.get(row.actorId) ?? null) : null,
    actorCount: row.actorCount,
    count: row.eventCount,
    title: row.title,
    excerpt: row.excerpt,
    url: row.url,
    emoji: row.emoji,
    // A tip's row keeps its amount in `action` (texts read it there); the wire names it.
    action:
      AMOUNT_KINDS.has(row.kind) || row.kind === 'chip' || row.kind === 'market' || row.kind === 'report' || isPerkKind(row.kind)
        ? null
        : (row.action as Notification['action']),
    ...(AMOUNT_KINDS.has(row.kind) ? { tipAmount: row.action } : {}),
    // A chip entry keeps its event (approved, declined, gift) in `action`.
    ...(row.kind === 'chip' ? { chipEvent: row.action as Notification['chipEvent'] } : {}),
    // A market entry keeps its event (fill, filled) in `action`.
    ...(row.kind === 'market' ? { marketEvent: row.action as Notification['marketEvent'] } : {}),
    // A report's row keeps how it was handled in `action` too.
    ...(row.kind === 'report' ? { reportOutcome: row.action as Notification['reportOutcome'] } : {}),
    // A perk notice's row keeps what happened to the order in `action`.
    ...(isPerkKind(row.kind) ? { perkEvent: row.action } : {}),
    createdAt: toIso(row.updatedAt),
    readAt: toIsoOrNull(row.readAt),
  };
}

const isPerkKind = (kind: string) => kind === 'perk_order' || kind === 'perk_redemption';
