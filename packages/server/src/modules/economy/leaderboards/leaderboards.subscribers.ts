import type { Platform } from '../../../app/platform.js';
import { AnswerAccepted, ContentRemoved } from '../../posts/index.js';
import type { EarningSettingsStore } from '../earning/index.js';
import { localDayOf } from '../earning/index.js';
import { clearAcceptedAnswer, recordAcceptedAnswer } from './leaderboards.repository.js';

/** Keeps the leaderboards' own record of accepted answers: the state as last heard, so a replay changes nothing. */
export function subscribeLeaderboards(platform: Platform, settings: EarningSettingsStore): void {
  const name = 'leaderboards';
  platform.events.subscribe(AnswerAccepted, name, async (e) => {
    if (!e.commentId || !e.answererId) return clearAcceptedAnswer(platform.db, { postId: e.postId, before: e.at });
    const { timeZone } = await settings.get();
    const row = { postId: e.postId, commentId: e.commentId, memberId: e.answererId, day: localDayOf(e.at, timeZone), acceptedAt: e.at };
    await recordAcceptedAnswer(platform.db, row);
  });
  // A deleted answer (or question) no longer counts.
  platform.events.subscribe(ContentRemoved, name, (e) =>
    e.subjectKind === 'comment'
      ? clearAcceptedAnswer(platform.db, { commentId: e.subjectId })
      : clearAcceptedAnswer(platform.db, { postId: e.postId, before: Number.MAX_SAFE_INTEGER }),
  );
}
