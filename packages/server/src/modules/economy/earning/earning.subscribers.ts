import type { Platform } from '../../../app/platform.js';
import { ProfileUpdated } from '../../members/index.js';
import { CommentCreated, ContentRemoved, ReactionAdded, ReactionRemoved, ThreadPublished } from '../../posts/index.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { EarningSettingsStore } from './earning-settings.js';
import type { EarningService } from './earning.service.js';
import { localDayOf } from './local-day.js';

/**
 * Turns other modules' events into awards. Each act has a key unique within its rule, so an
 * event delivered twice (jobs retry) awards once; undoing events find the award by the
 * same key (or by the thread or comment it was for).
 */
export function subscribeEarning(platform: Platform, deps: EconomyDeps, settings: EarningSettingsStore, earning: EarningService): void {
  const events = platform.events;
  const name = 'earning';

  /** A thread or reply: the author's first of the (community-local) day, and their inviter's referral. */
  async function posted(authorId: string, subject: { kind: 'post' | 'comment'; id: string }, at: number) {
    const { timeZone } = await settings.get();
    const day = localDayOf(at, timeZone);
    await earning.award({ rule: 'first_post_of_day', memberId: authorId, actKey: `${authorId}:${day}`, subject });
    const inviterId = await deps.members.inviterOf(authorId);
    if (inviterId && inviterId !== authorId) {
      await earning.award({ rule: 'referral_active', memberId: inviterId, actKey: `invitee:${authorId}`, subject });
    }
  }

  events.subscribe(ThreadPublished, name, (e) => posted(e.authorId, { kind: 'post', id: e.postId }, e.at));
  events.subscribe(CommentCreated, name, (e) => posted(e.authorId, { kind: 'comment', id: e.commentId }, e.at));

  events.subscribe(ReactionAdded, name, async (e) => {
    // Reacting to one's own words earns nothing.
    if (e.reactorId === e.subjectAuthorId) return;
    const subject = { kind: e.subjectKind, id: e.subjectId };
    const actKey = `${e.subjectKind}:${e.subjectId}:${e.reactorId}:${e.emoji}`;
    await earning.award({ rule: 'reactions_received', memberId: e.subjectAuthorId, actKey, subject });
    const { rules } = await settings.get();
    if (e.subjectKind === 'comment' && (e.reactionCount ?? 0) >= rules.reply_reactions.threshold) {
      await earning.award({ rule: 'reply_reactions', memberId: e.subjectAuthorId, actKey: `comment:${e.subjectId}`, subject });
    }
  });

  events.subscribe(ReactionRemoved, name, async (e) => {
    if (e.reactorId === e.subjectAuthorId) return;
    await earning.undoAct('reactions_received', `${e.subjectKind}:${e.subjectId}:${e.reactorId}:${e.emoji}`, 'undone');
    const { rules } = await settings.get();
    if (e.subjectKind === 'comment' && e.reactionCount < rules.reply_reactions.threshold) {
      await earning.undoAct('reply_reactions', `comment:${e.subjectId}`, 'undone');
    }
  });

  events.subscribe(ContentRemoved, name, (e) => earning.undoSubject(e.subjectKind, e.subjectId, e.byStaff ? 'removed' : 'undone'));

  events.subscribe(ProfileUpdated, name, async (e) => {
    if (e.isComplete) await earning.award({ rule: 'profile_completed', memberId: e.memberId, actKey: e.memberId });
  });
}
