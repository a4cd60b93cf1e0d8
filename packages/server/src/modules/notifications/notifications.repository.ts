import type { NotificationKind, ThreadFollowLevel } from '@hearth/contracts';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { NotificationTable } from '../../db/schema/notification-tables.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

export type NotificationRow = Selectable<NotificationTable>;

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  groupKey: string | null;
  spaceId: string | null;
  postId: string | null;
  conversationId: string | null;
  subjectId: string;
  title: string;
  excerpt: string;
  url: string;
  emoji: string | null;
  action: string | null;
  /** When the event happened (events may be delivered out of order). */
  at: number;
}

/** What a reader may see of their entries: not hidden kinds, and only spaces they can still read. */
export interface Visibility {
  hiddenKinds: readonly NotificationKind[];
  spaceIds: readonly string[];
}

export async function findUnreadGroup(db: DbOrTx, recipientId: string, groupKey: string): Promise<NotificationRow | undefined> {
  return db
    .selectFrom('notification')
    .selectAll()
    .where('recipientId', '=', recipientId)
    .where('groupKey', '=', groupKey)
    .where('readAt', 'is', null)
    .executeTakeFirst();
}

export async function insertNotification(db: DbOrTx, id: string, input: NewNotification): Promise<void> {
  const { at, ...fields } = input;
  await db
    .insertInto('notification')
    .values({ id, ...fields, actorCount: 1, eventCount: 1, createdAt: at, updatedAt: at, readAt: null, emailedAt: null })
    .execute();
  if (input.actorId) await db.insertInto('notificationActor').values({ notificationId: id, actorId: input.actorId }).execute();
}

/**
 * One more event in an unread group: counts go up, and the newest event (by time, then by its
 * time-ordered id) leads with its actor and excerpt, whatever order deliveries ran in.
 */
export async function growGroup(db: DbOrTx, row: NotificationRow, input: NewNotification): Promise<void> {
  const isNewest = input.at > row.updatedAt || (input.at === row.updatedAt && input.subjectId > row.subjectId);
  if (input.actorId)
    await db
      .insertInto('notificationActor')
      .values({ notificationId: row.id, actorId: input.actorId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  const actors = await db
    .selectFrom('notificationActor')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('notificationId', '=', row.id)
    .executeTakeFirstOrThrow();
  const lead = isNewest
    ? {
        actorId: input.actorId,
        subjectId: input.subjectId,
        excerpt: input.excerpt,
        url: input.url,
        emoji: input.emoji,
        title: input.title,
        updatedAt: input.at,
      }
    : {};
  await db
    .updateTable('notification')
    .set((eb) => ({ actorCount: Math.max(1, Number(actors.n)), eventCount: eb('eventCount', '+', 1), ...lead }))
    .where('id', '=', row.id)
    .execute();
}

function visibleTo(recipientId: string, visibility: Visibility) {
  return (db: DbOrTx) => {
    let query = db.selectFrom('notification').where('recipientId', '=', recipientId);
    if (visibility.hiddenKinds.length > 0) query = query.where('kind', 'not in', [...visibility.hiddenKinds]);
    return query.where((eb) =>
      visibility.spaceIds.length === 0
        ? eb('spaceId', 'is', null)
        : eb.or([eb('spaceId', 'is', null), eb('spaceId', 'in', [...visibility.spaceIds])]),
    );
  };
}

export async function listNotifications(
  db: DbOrTx,
  recipientId: string,
  visibility: Visibility,
  options: { cursor: Keyset | null; limit: number; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let query = visibleTo(recipientId, visibility)(db).selectAll();
  if (options.unreadOnly) query = query.where('readAt', 'is', null);
  if (options.cursor) query = query.where(olderThan(options.cursor, 'notification.updatedAt', 'notification.id'));
  return query
    .orderBy('updatedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit + 1)
    .execute();
}

/** The badge: unread entries, counted up to `cap` so a long backlog costs no more than a short one. */
export async function countUnread(db: DbOrTx, recipientId: string, visibility: Visibility, cap: number): Promise<number> {
  const rows = await visibleTo(recipientId, visibility)(db).select('id').where('readAt', 'is', null).limit(cap).execute();
  return rows.length;
}

export async function findNotification(db: DbOrTx, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ReadScope = { ids: readonly string[] } | { postId: string } | { conversationId: string } | { all: true };

export async function markRead(db: DbOrTx, recipientId: string, scope: ReadScope, now: number): Promise<number> {
  let query = db.updateTable('notification').set({ readAt: now }).where('recipientId', '=', recipientId).where('readAt', 'is', null);
  if ('ids' in scope) query = query.where('id', 'in', [...scope.ids]);
  else if ('postId' in scope) query = query.where('postId', '=', scope.postId);
  else if ('conversationId' in scope) query = query.where('conversationId', '=', scope.conversationId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function markEmailed(db: DbOrTx, id: string, now: number): Promise<void> {
  await db.updateTable('notification').set({ emailedAt: now }).where('id', '=', id).execute();
}

/** Unread entries since `since`, newest first, for a digest. */
export async function unreadSince(
  db: DbOrTx,
  recipientId: string,
  visibility: Visibility,
  since: number,
  limit: number,
): Promise<NotificationRow[]> {
  return visibleTo(
    recipientId,
    visibility,
  )(db)
    .selectAll()
    .where('readAt', 'is', null)
    .where('updatedAt', '>', since)
    .orderBy('updatedAt', 'desc')
    .limit(limit)
    .execute();
}

// --- settings ---

export async function findSettings(db: DbOrTx, memberId: string) {
  return db.selectFrom('notificationSettings').selectAll().where('memberId', '=', memberId).executeTakeFirst();
}

export async function saveSettings(
  db: DbOrTx,
  memberId: string,
  values: {
    kinds: string;
    quietStart: number | null;
    quietEnd: number | null;
    digest: string;
    emailEnabled: number;
    nextDigestAt: number | null;
  },
  now: number,
): Promise<void> {
  await db
    .insertInto('notificationSettings')
    .values({ memberId, ...values, lastDigestAt: null, updatedAt: now })
    .onConflict((oc) => oc.column('memberId').doUpdateSet({ ...values, updatedAt: now }))
    .execute();
}

export async function recordDigest(db: DbOrTx, memberId: string, sentAt: number, nextDigestAt: number | null): Promise<void> {
  await db.updateTable('notificationSettings').set({ lastDigestAt: sentAt, nextDigestAt }).where('memberId', '=', memberId).execute();
}

// --- thread follows ---

export async function findFollowLevel(db: DbOrTx, memberId: string, postId: string): Promise<ThreadFollowLevel | undefined> {
  const row = await db
    .selectFrom('threadFollow')
    .select('level')
    .where('memberId', '=', memberId)
    .where('postId', '=', postId)
    .executeTakeFirst();
  return row?.level as ThreadFollowLevel | undefined;
}

export async function setFollowLevel(db: DbOrTx, memberId: string, postId: string, level: ThreadFollowLevel, now: number): Promise<void> {
  await db
    .insertInto('threadFollow')
    .values({ memberId, postId, level, updatedAt: now })
    .onConflict((oc) => oc.columns(['memberId', 'postId']).doUpdateSet({ level, updatedAt: now }))
    .execute();
}

/** Follows a thread unless the member already chose a level for it (an explicit choice stays). */
export async function followIfUnset(db: DbOrTx, memberId: string, postId: string, now: number): Promise<void> {
  await db
    .insertInto('threadFollow')
    .values({ memberId, postId, level: 'following', updatedAt: now })
    .onConflict((oc) => oc.columns(['memberId', 'postId']).doNothing())
    .execute();
}

export async function followLevels(db: DbOrTx, postId: string): Promise<Map<string, ThreadFollowLevel>> {
  const rows = await db.selectFrom('threadFollow').select(['memberId', 'level']).where('postId', '=', postId).execute();
  return new Map(rows.map((r) => [r.memberId, r.level as ThreadFollowLevel]));
}

// --- web push ---

export async function savePushSubscription(
  db: DbOrTx,
  input: { id: string; memberId: string; endpoint: string; p256dh: string; auth: string },
  now: number,
): Promise<void> {
  // An endpoint belongs to one browser: re-registering (another member signing in there) moves it.
  await db
    .insertInto('pushSubscription')
    .values({ ...input, createdAt: now, lastSentAt: null })
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({ memberId: input.memberId, p256dh: input.p256dh, auth: input.auth, createdAt: now }),
    )
    .execute();
}

export async function deletePushSubscription(db: DbOrTx, endpoint: string, memberId?: string): Promise<number> {
  let query = db.deleteFrom('pushSubscription').where('endpoint', '=', endpoint);
  if (memberId) query = query.where('memberId', '=', memberId);
  return Number((await query.executeTakeFirst()).numDeletedRows);
}

export async function pushSubscriptionsOf(db: DbOrTx, memberId: string) {
  return db.selectFrom('pushSubscription').selectAll().where('memberId', '=', memberId).execute();
}

export async function touchPushSubscription(db: DbOrTx, id: string, now: number): Promise<void> {
  await db.updateTable('pushSubscription').set({ lastSentAt: now }).where('id', '=', id).execute();
}

export async function findPushKey(db: DbOrTx) {
  return db.selectFrom('pushKey').selectAll().where('id', '=', 1).executeTakeFirst();
}

/** Stores the key pair unless another node stored one first; the stored one wins. */
export async function insertPushKey(db: DbOrTx, publicKey: string, privateKey: string, now: number): Promise<void> {
  await db
    .insertInto('pushKey')
    .values({ id: 1, publicKey, privateKey, createdAt: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
