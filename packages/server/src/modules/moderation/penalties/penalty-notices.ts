import type { Locale } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../../app/platform.js';
import { domainEvent } from '../../../platform/events/domain-events.js';
import { findPenalty } from './penalties.repository.js';
import { reasonText } from './penalty-views.js';

/** What the member is told: a penalty given, lifted, or an appeal's outcome. */
export const NoticeWhat = z.enum(['warn', 'mute', 'ban', 'lifted', 'appeal_upheld', 'appeal_overturned']);
export type NoticeWhat = z.infer<typeof NoticeWhat>;

/** Emitted in the transaction of each change a member must hear about; delivered once it commits. */
export const ModerationNotice = domainEvent(
  'moderation.notice',
  z.object({ memberId: z.string(), penaltyId: z.string(), what: NoticeWhat, at: z.number().int() }),
);

/** What the notices need of the notifications module (bound by the composition root). */
export interface NoticeSender {
  /** An in-app (and, per the member's choices, email/push) `moderation` notification from the community. */
  notify(input: { recipientId: string; subjectId: string; title: string; excerpt: string; url: string; at: number }): Promise<void>;
  locale(memberId: string): Promise<Locale | null>;
}

const HEADLINES: Record<NoticeWhat, Record<Locale, string>> = {
  warn: { en: 'Warning', 'zh-TW': '警告', 'zh-CN': '警告' },
  mute: { en: 'You are muted', 'zh-TW': '你已被禁言', 'zh-CN': '你已被禁言' },
  ban: { en: 'You are banned', 'zh-TW': '你已被停權', 'zh-CN': '你已被封禁' },
  lifted: { en: 'Your restriction was lifted', 'zh-TW': '限制已解除', 'zh-CN': '限制已解除' },
  appeal_upheld: { en: 'Your appeal was not accepted', 'zh-TW': '申訴未獲接受', 'zh-CN': '申诉未获接受' },
  appeal_overturned: { en: 'Your appeal was accepted', 'zh-TW': '申訴已獲接受', 'zh-CN': '申诉已获接受' },
};

const UNTIL: Record<Locale, (when: string) => string> = {
  en: (when) => `until ${when}`,
  'zh-TW': (when) => `至 ${when}`,
  'zh-CN': (when) => `至 ${when}`,
};

/** Delivers each notice as a `moderation` notification leading to the notice page (where the member appeals). */
export function subscribeToNotices(platform: Platform, sender: () => NoticeSender): void {
  platform.events.subscribe(ModerationNotice, 'notifications', async (e) => {
    const penalty = await findPenalty(platform.db, e.penaltyId);
    if (!penalty) return;
    const locale = (await sender().locale(e.memberId)) ?? 'en';
    const until =
      (e.what === 'mute' || e.what === 'ban') && penalty.endsAt !== null
        ? ` ${UNTIL[locale](new Date(penalty.endsAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC')}`
        : '';
    await sender().notify({
      recipientId: e.memberId,
      subjectId: penalty.id,
      title: `${HEADLINES[e.what][locale]}${until}`,
      excerpt: reasonText(penalty).slice(0, 200),
      url: `/moderation/notices/${penalty.id}`,
      at: e.at,
    });
  });
}
