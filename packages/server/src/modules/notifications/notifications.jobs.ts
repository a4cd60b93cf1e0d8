import { NOTIFICATION_KINDS, type Locale, type NotificationKind } from '@hearth/contracts';
import { z } from 'zod';
import { withTransaction } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { nextDigestAt, quietUntil } from './local-time.js';
import { PHRASEBOOKS } from './notification-texts.js';
import {
  deletePushSubscription,
  findNotification,
  markEmailed,
  pushSubscriptionsOf,
  recordDigest,
  touchPushSubscription,
  unreadSince,
  type NotificationRow,
} from './notifications.repository.js';
import {
  actorOfMember,
  NOTIFICATION_DIGEST_JOB,
  NOTIFICATION_EMAIL_JOB,
  NOTIFICATION_PUSH_JOB,
  type NotificationsDeps,
  type NotificationsService,
} from './notifications.service.js';

export const NOTIFICATION_DELIVER_JOB = 'notifications.deliver';

/** One member to tell about one event (subscribers fan an event out into these). */
export const DeliverPayload = z.object({
  recipientId: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  actorId: z.string().nullable(),
  groupKey: z.string().nullable(),
  spaceId: z.string().nullable(),
  postId: z.string().nullable(),
  conversationId: z.string().nullable(),
  subjectId: z.string(),
  title: z.string(),
  excerpt: z.string(),
  url: z.string(),
  emoji: z.string().nullable(),
  action: z.string().nullable(),
  at: z.number(),
});
export type DeliverPayload = z.infer<typeof DeliverPayload>;

/** New threads for a digest, from the posts module. */
export interface DigestThread {
  id: string;
  title: string;
  commentCount: number;
}

export interface NotificationJobDeps extends NotificationsDeps {
  newThreads(actor: Actor, since: number, limit: number): Promise<DigestThread[]>;
}

const REACHABLE = new Set(['active', 'muted']);

export function defineNotificationJobs(deps: NotificationJobDeps, service: NotificationsService): void {
  const { platform } = deps;
  const db = platform.db;
  const link = (path: string) => `${platform.site.url ?? ''}${path}`;

  async function describe(row: NotificationRow, locale: Locale) {
    const actorName = row.actorId ? ((await deps.members.refs([row.actorId])).get(row.actorId)?.displayName ?? null) : null;
    return PHRASEBOOKS[locale].line({
      kind: row.kind as NotificationKind,
      actorName,
      actorCount: row.actorCount,
      count: row.eventCount,
      title: row.title,
      emoji: row.emoji,
      action: row.action,
    });
  }

  /** The recipient and their settings, if they may still be told about `row`. */
  async function stillWanted(row: NotificationRow, channel: 'email' | 'push') {
    if (row.readAt !== null) return null;
    const member = await deps.members.findById(db, row.recipientId);
    if (!member || !REACHABLE.has(member.status)) return null;
    const settings = await service.settingsFor(member.id);
    if (!settings.kinds[row.kind as NotificationKind][channel]) return null;
    if (channel === 'email' && !settings.emailEnabled) return null;
    if (row.spaceId !== null && !(await deps.spaces.access(actorOfMember(member), row.spaceId))?.canView) return null;
    return { member, settings };
  }

  platform.jobs.define({
    name: NOTIFICATION_DELIVER_JOB,
    payload: DeliverPayload,
    handle: async (payload) => {
      await service.notify(payload as Parameters<NotificationsService['notify']>[0]);
    },
  });

  platform.jobs.define({
    name: NOTIFICATION_EMAIL_JOB,
    payload: z.object({ notificationId: z.string() }),
    handle: async ({ notificationId }) => {
      const row = await findNotification(db, notificationId);
      if (!row || row.emailedAt !== null) return;
      const wanted = await stillWanted(row, 'email');
      if (!wanted) return;
      const { member, settings } = wanted;
      const now = platform.clock.now();
      const quietEnd = quietUntil(now, member.timeZone, settings.quiet);
      if (quietEnd !== null) {
        await platform.jobs.enqueue(db, NOTIFICATION_EMAIL_JOB, { notificationId }, { runAt: quietEnd });
        return;
      }
      const locale = member.locale as Locale;
      const words = PHRASEBOOKS[locale];
      const line = await describe(row, locale);
      const community = await deps.communityName();
      const text = [
        line,
        row.excerpt ? `\n> ${row.excerpt}` : '',
        `\n${words.open}: ${link(row.url)}`,
        `\n\n--\n${words.settingsHint(link('/settings#notifications'))}`,
      ].join('');
      await withTransaction(db, async (tx) => {
        await platform.mailer.send(tx, { to: member.email, subject: `[${community}] ${line}`, text, kind: `notification_${row.kind}` });
        await markEmailed(tx, row.id, now);
      });
    },
  });

  platform.jobs.define({
    name: NOTIFICATION_PUSH_JOB,
    payload: z.object({ notificationId: z.string() }),
    handle: async ({ notificationId }) => {
      const row = await findNotification(db, notificationId);
      if (!row) return;
      const wanted = await stillWanted(row, 'push');
      if (!wanted) return;
      const subscriptions = await pushSubscriptionsOf(db, row.recipientId);
      if (subscriptions.length === 0) return;
      const payload = {
        title: await deps.communityName(),
        body: await describe(row, wanted.member.locale as Locale),
        url: row.url,
        // The same tag replaces the earlier notice on the device (a DM's next message, more reactions).
        tag: row.groupKey ?? row.id,
      };
      let failures = 0;
      for (const subscription of subscriptions) {
        try {
          const outcome = await service.push.send(subscription, payload);
          if (outcome === 'gone') await deletePushSubscription(db, subscription.endpoint);
          else await touchPushSubscription(db, subscription.id, platform.clock.now());
        } catch (error) {
          failures++;
          platform.logger.warn({ err: error, endpoint: new URL(subscription.endpoint).host }, 'web push failed');
        }
      }
      // Retrying resends to the browsers that got it, so only a total failure is retried.
      if (failures === subscriptions.length) throw new Error(`web push failed for all ${failures} subscriptions`);
    },
  });

  platform.jobs.define({
    name: NOTIFICATION_DIGEST_JOB,
    payload: z.object({ memberId: z.string(), dueAt: z.number() }),
    handle: async ({ memberId, dueAt }) => {
      const settings = await service.settingsFor(memberId);
      // A digest rescheduled or switched off since this job was queued is no longer this job's.
      if (settings.digest === 'off' || settings.nextDigestAt !== dueAt) return;
      const member = await deps.members.findById(db, memberId);
      if (!member) return;
      const now = platform.clock.now();
      const frequency = settings.digest;
      const since = settings.lastDigestAt ?? dueAt - (frequency === 'daily' ? DAY_MS : 7 * DAY_MS);
      const next = nextDigestAt(now, member.timeZone, frequency);
      let mail: { subject: string; text: string; html: string } | null = null;
      if (REACHABLE.has(member.status) && settings.emailEnabled) {
        const actor = actorOfMember(member);
        const visibility = await service.visibilityFor(actor, settings);
        const [items, threads] = await Promise.all([unreadSince(db, memberId, visibility, since, 20), deps.newThreads(actor, since, 5)]);
        if (items.length + threads.length > 0) mail = await composeDigest(member.locale as Locale, frequency, items, threads);
      }
      await withTransaction(db, async (tx) => {
        if (mail) await platform.mailer.send(tx, { to: member.email, ...mail, kind: 'notification_digest' });
        await recordDigest(tx, memberId, now, next);
        await platform.jobs.enqueue(tx, NOTIFICATION_DIGEST_JOB, { memberId, dueAt: next }, { runAt: next });
      });
    },
  });

  async function composeDigest(locale: Locale, frequency: 'daily' | 'weekly', items: NotificationRow[], threads: DigestThread[]) {
    const words = PHRASEBOOKS[locale];
    const community = await deps.communityName();
    const lines = await Promise.all(
      items.map(async (row) => ({ text: await describe(row, locale), url: link(row.url), excerpt: row.excerpt })),
    );
    const threadLines = threads.map((t) => ({ text: t.title, url: link(`/posts/${t.id}`) }));
    const settingsLink = link('/settings#notifications');
    const text = [
      words.digestIntro(community, frequency),
      '',
      ...lines.map((l) => `• ${l.text}\n  ${l.url}`),
      ...(threadLines.length ? ['', words.digestNewThreads, ...threadLines.map((t) => `• ${t.text}\n  ${t.url}`)] : []),
      '',
      '--',
      words.settingsHint(settingsLink),
    ].join('\n');
    const li = (l: { text: string; url: string; excerpt?: string }) =>
      `<li style="margin:0 0 12px"><a href="${escapeHtml(l.url)}">${escapeHtml(l.text)}</a>${l.excerpt ? `<br><span style="color:#555">${escapeHtml(l.excerpt)}</span>` : ''}</li>`;
    const html = [
      `<div style="font-family:system-ui,sans-serif;max-width:560px;line-height:1.5">`,
      `<p>${escapeHtml(words.digestIntro(community, frequency))}</p>`,
      lines.length ? `<ul style="padding-left:18px">${lines.map(li).join('')}</ul>` : '',
      threadLines.length
        ? `<h3>${escapeHtml(words.digestNewThreads)}</h3><ul style="padding-left:18px">${threadLines.map(li).join('')}</ul>`
        : '',
      `<p style="color:#777;font-size:12px">${escapeHtml(words.settingsHint(settingsLink))}</p></div>`,
    ].join('');
    return { subject: words.digestSubject(community, items.length + threads.length), text, html };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
