import type { Platform } from '../../../app/platform.js';
import { ProfileUpdated } from '../../members/index.js';
import { AnswerAccepted, CommentCreated, ReactionAdded, ThreadPublished } from '../../posts/index.js';
import { TipSent } from '../economy.events.js';
import { CheckedIn } from '../earning/index.js';
import type { BadgeRulesService } from './badge-rules.service.js';

/** Each event asks the rules it could satisfy about the member it concerns (idempotent: facts, not counts). */
export function subscribeBadges(platform: Platform, rules: BadgeRulesService): void {
  const events = platform.events;
  const name = 'badges';
  events.subscribe(ThreadPublished, name, async (e) => void (await rules.check(e.authorId, ['first_post'])));
  events.subscribe(CommentCreated, name, async (e) => void (await rules.check(e.authorId, ['first_post'])));
  events.subscribe(AnswerAccepted, name, async (e) => {
    if (e.answererId) await rules.check(e.answererId, ['first_accepted_answer']);
  });
  events.subscribe(
    ReactionAdded,
    name,
    async (e) => void (await rules.check(e.subjectAuthorId, ['reactions_received_10', 'reactions_received_100'])),
  );
  events.subscribe(CheckedIn, name, async (e) => void (await rules.check(e.memberId, ['checkin_streak_7', 'checkin_streak_30'])));
  events.subscribe(TipSent, name, async (e) => void (await rules.check(e.tipperId, ['tips_given_100'])));
  events.subscribe(ProfileUpdated, name, async (e) => {
    if (e.isComplete) await rules.check(e.memberId, ['profile_completed']);
  });
}
