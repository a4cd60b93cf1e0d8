import type { NotificationKind } from '@hearth/contracts';
import { withTransaction } from '../../db/database.js';
import { MessageSent } from '../chat/index.js';
import { BadgeAwarded, ChipReceived, ChipRequestDecided, LevelReached, PointsExpiring, TipSent } from '../economy/index.js';
import { ReportsHandled } from '../moderation/index.js';
import { MemberFollowed } from '../people/index.js';
import { PerkOrderChanged } from '../perks/index.js';
import { MarketOrderFilled } from '../market/index.js';
import { CommentCreated, ContentModerated, ReactionAdded, ThreadPublished } from '../posts/index.js';
import { NOTIFICATION_DELIVER_JOB, type DeliverPayload } from './notifications.jobs.js';
import { followLevels } from './notifications.repository.js';
import type { NotificationsDeps, NotificationsService } from './notifications.service.js';

type About = Omit<DeliverPayload, 'recipientId' | 'kind' | 'groupKey'>;

/**
 * Turns other modules' events into notifications. Each event becomes one `deliver` job per
 * recipient (queued in one transaction), so a failure for one member retries only theirs.
 * A member is told once per event, by the most specific kind: a mention beats a reply,
 * which beats a reply in a followed thread; a muted thread tells them nothing.
 */
export function subscribeToEvents(deps: NotificationsDeps, service: NotificationsService): void {
  const { platform } = deps;
  const db = platform.db;

  async function fanOut(about: About, recipients: { recipientId: string; kind: NotificationKind; groupKey?: string }[]) {
    if (recipients.length === 0) return;
    await withTransaction(db, async (tx) => {
      for (const r of recipients)
        await platform.jobs.enqueue(tx, NOTIFICATION_DELIVER_JOB, {
          ...about,
          recipientId: r.recipientId,
          kind: r.kind,
          groupKey: r.groupKey ?? null,
        });
    });
  }

  /** Collects recipients in priority order, skipping the actor, repeats and those who muted the thread. */
  function audience(actorId: string, muted: (memberId: string) => boolean) {
    const told = new Set([actorId]);
    const list: { recipientId: string; kind: NotificationKind; groupKey?: string }[] = [];
    return {
      list,
      add(recipientId: string | null, kind: NotificationKind, groupKey?: string) {
        if (!recipientId || told.has(recipientId) || muted(recipientId)) return;
        told.add(recipientId);
        list.push({ recipientId, kind, ...(groupKey ? { groupKey } : {}) });
      },
    };
  }

  platform.events.subscribe(ThreadPublished, 'notifications', async (e) => {
    await service.autoFollow(e.authorId, e.postId);
    const levels = await followLevels(db, e.postId);
    const to = audience(e.authorId, (m) => levels.get(m) === 'muted');
    for (const id of e.mentionIds) to.add(id, 'mention');
    await fanOut(
      {
        actorId: e.authorId,
        spaceId: e.spaceId,
        postId: e.postId,
        conversationId: null,
        subjectId: e.postId,
        title: e.title,
        excerpt: e.excerpt,
        url: `/posts/${e.postId}`,
        emoji: null,
        action: null,
        at: e.at,
      },
      to.list,
    );
  });

  platform.events.subscribe(CommentCreated, 'notifications', async (e) => {
    await service.autoFollow(e.authorId, e.postId);
    const levels = await followLevels(db, e.postId);
    const to = audience(e.authorId, (m) => levels.get(m) === 'muted');
    for (const id of e.mentionIds) to.add(id, 'mention');
    to.add(e.parentAuthorId ?? e.postAuthorId, 'reply');
    for (const [memberId, level] of levels) if (level === 'following') to.add(memberId, 'thread_reply', `thread:${e.postId}`);
    await fanOut(
      {
        actorId: e.authorId,
        spaceId: e.spaceId,
        postId: e.postId,
        conversationId: null,
        subjectId: e.commentId,
        title: e.title,
        excerpt: e.excerpt,
        url: `/posts/${e.postId}#comment-${e.commentId}`,
        emoji: null,
        action: null,
        at: e.at,
      },
      to.list,
    );
  });

  platform.events.subscribe(ReactionAdded, 'notifications', async (e) => {
    const levels = await followLevels(db, e.postId);
    const to = audience(e.reactorId, (m) => levels.get(m) === 'muted');
    to.add(e.subjectAuthorId, 'reaction', `reaction:${e.subjectKind}:${e.subjectId}`);
    await fanOut(
      {
        actorId: e.reactorId,
        spaceId: e.spaceId,
        postId: e.postId,
        conversationId: null,
        subjectId: e.subjectId,
        title: e.title,
        excerpt: '',
        url: e.subjectKind === 'post' ? `/posts/${e.postId}` : `/posts/${e.postId}#comment-${e.subjectId}`,
        emoji: e.emoji,
        action: null,
        at: e.at,
      },
      to.list,
    );
  });

  platform.events.subscribe(ContentModerated, 'notifications', async (e) => {
    // From the community, not a named moderator: the notice is about the content.
    await fanOut(
      {
        actorId: null,
        spaceId: e.action === 'deleted' ? null : e.spaceId,
        postId: e.postId,
        conversationId: null,
        subjectId: e.subjectId,
        title: e.title,
        excerpt: '',
        url:
          e.action === 'deleted' && e.subjectKind === 'post'
            ? '/'
            : e.subjectKind === 'post'
              ? `/posts/${e.postId}`
              : `/posts/${e.postId}#comment-${e.subjectId}`,
        emoji: null,
        action: e.action,
        at: e.at,
      },
      e.authorId === e.moderatorId ? [] : [{ recipientId: e.authorId, kind: 'moderation' }],
    );
  });

  platform.events.subscribe(MemberFollowed, 'notifications', async (e) => {
    await fanOut(
      {
        actorId: e.followerId,
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: e.followerId,
        title: '',
        excerpt: '',
        url: `/members/${e.followerId}`,
        emoji: null,
        action: null,
        at: e.at,
      },
      [{ recipientId: e.followeeId, kind: 'follow' }],
    );
  });

  platform.events.subscribe(MessageSent, 'notifications', async (e) => {
    const to = audience(e.authorId, () => false);
    const about = {
      actorId: e.authorId,
      spaceId: e.spaceId,
      postId: null,
      conversationId: e.conversationId,
      subjectId: e.messageId,
      title: e.title,
      excerpt: e.excerpt,
      url: e.kind === 'dm' ? `/chat/${e.conversationId}` : `/spaces/${e.spaceId}`,
      emoji: null,
      action: null,
      at: e.at,
    };
    if (e.kind === 'dm') for (const id of e.memberIds) to.add(id, 'dm', `dm:${e.conversationId}`);
    else for (const id of e.mentionIds) to.add(id, 'mention');
    await fanOut(about, to.list);
  });

  platform.events.subscribe(TipSent, 'notifications', async (e) => {
    const url =
      e.targetKind === 'post'
        ? `/posts/${e.postId}`
        : e.targetKind === 'comment'
          ? `/posts/${e.postId}#comment-${e.targetId}`
          : e.spaceId
            ? `/spaces/${e.spaceId}`
            : `/chat/${e.conversationId}`;
    // The amount with its asset ("10 積分") rides in `action`, which texts and the web show.
    await fanOut(
      {
        actorId: e.tipperId,
        spaceId: e.spaceId,
        postId: e.postId,
        conversationId: e.conversationId,
        subjectId: e.targetId,
        title: e.title,
        excerpt: '',
        url,
        emoji: null,
        action: `${e.amount} ${e.assetName}`,
        at: e.at,
      },
      [{ recipientId: e.recipientId, kind: 'tip' }],
    );
  });

  platform.events.subscribe(ReportsHandled, 'notifications', async (e) => {
    // From the community: reporters are not told which moderator handled it. The outcome rides in `action`.
    await fanOut(
      {
        actorId: null,
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: e.targetId,
        title: '',
        excerpt: '',
        url: e.outcome === 'removed' || e.url === '' ? '/' : e.url,
        emoji: null,
        action: e.outcome,
        at: e.at,
      },
      e.reporterIds.map((recipientId) => ({ recipientId, kind: 'report' as const })),
    );
  });

  platform.events.subscribe(PerkOrderChanged, 'notifications', async (e) => {
    // What happened rides in `action` (texts read it; the wire names it perkEvent).
    const about = {
      actorId: e.actorId,
      spaceId: null,
      postId: null,
      conversationId: null,
      subjectId: e.orderId,
      title: e.title,
      excerpt: '',
      emoji: null,
      action: e.event,
      at: e.at,
    };
    const notActor = (id: string) => id !== e.actorId;
    await fanOut(
      { ...about, url: `/perks/orders#order-${e.orderId}` },
      e.sellerRecipientIds.filter(notActor).map((recipientId) => ({ recipientId, kind: 'perk_order' as const })),
    );
    await fanOut(
      { ...about, url: `/perks/redemptions#order-${e.orderId}` },
      e.buyerRecipientIds.filter(notActor).map((recipientId) => ({ recipientId, kind: 'perk_redemption' as const })),
    );
  });

  const ownNews = { actorId: null, spaceId: null, postId: null, conversationId: null, excerpt: '', emoji: null };
  // The level's name rides in `title`; the date of an expiry in `title` and its amount in `action`.
  platform.events.subscribe(LevelReached, 'notifications', async (e) => {
    const about = { ...ownNews, subjectId: `level:${e.levelIndex}`, title: e.levelName, url: '/wallet', action: null, at: e.at };
    await fanOut(about, [{ recipientId: e.memberId, kind: 'level_up' }]);
  });
  // A badge's name (in the member's language) rides in `title`, its icon in `emoji`.
  platform.events.subscribe(BadgeAwarded, 'notifications', async (e) => {
    const about = {
      ...ownNews,
      emoji: e.icon,
      subjectId: `badge:${e.badgeId}`,
      title: e.badgeName,
      url: `/badges/${e.badgeId}`,
      action: null,
      at: e.at,
    };
    await fanOut(about, [{ recipientId: e.memberId, kind: 'badge' }]);
  });
  platform.events.subscribe(PointsExpiring, 'notifications', async (e) => {
    const date = new Date(e.expiresOn).toISOString().slice(0, 10);
    const about = { ...ownNews, subjectId: `expiry:${date}`, title: date, url: '/wallet', action: String(e.amount), at: e.at };
    await fanOut(about, [{ recipientId: e.memberId, kind: 'points_expiring' }]);
  });

  // Chip entries keep their event in `action`; a gift's title is the amount with the chip's name.
  platform.events.subscribe(ChipRequestDecided, 'notifications', async (e) => {
    await fanOut(
      {
        actorId: e.deciderId,
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: e.requestId,
        title: e.chipName,
        excerpt: e.reason ?? '',
        url: e.decision === 'approved' ? `/chips/${encodeURIComponent(e.code)}` : '/chips',
        emoji: null,
        action: e.decision,
        at: e.at,
      },
      [{ recipientId: e.memberId, kind: 'chip' }],
    );
  });

  platform.events.subscribe(ChipReceived, 'notifications', async (e) => {
    await fanOut(
      {
        actorId: e.giverId,
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: e.code,
        title: `${e.amount} ${e.chipName}`,
        excerpt: e.note ?? '',
        url: `/chips/${encodeURIComponent(e.code)}`,
        emoji: null,
        action: 'gift',
        at: e.at,
      },
      [{ recipientId: e.recipientId, kind: 'chip' }],
    );
  });

  platform.events.subscribe(MarketOrderFilled, 'notifications', async (e) => {
    await fanOut(
      {
        actorId: e.takerId,
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: e.fillId,
        title: e.summary,
        excerpt: '',
        url: '/market/mine',
        emoji: null,
        action: e.filled ? 'filled' : 'fill',
        at: e.at,
      },
      [{ recipientId: e.sellerId, kind: 'market' }],
    );
  });
}
