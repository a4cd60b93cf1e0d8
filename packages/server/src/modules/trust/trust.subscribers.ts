import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { ModerationNotice, ReportsHandled } from '../moderation/index.js';
import { CommentCreated, ReactionAdded, ReactionRemoved, ThreadPublished } from '../posts/index.js';
import type { TrustService } from './trust.service.js';

export const TRUST_SWEEP_JOB = 'trust.sweep';
const DAY = 86_400_000;

/**
 * What moves a level: a published thread or reply, a reaction given or taken back, a report
 * upheld, a penalty given or lifted. Each recomputes that member's level (idempotent); a daily
 * sweep recomputes every cached level, since tenure grows without any event.
 */
export function subscribeToTrustEvents(platform: Platform, trust: TrustService): void {
  const name = 'trust';
  const { events } = platform;
  events.subscribe(ThreadPublished, name, (e) => trust.recompute(e.authorId));
  events.subscribe(CommentCreated, name, (e) => trust.recompute(e.authorId));
  events.subscribe(ReactionAdded, name, (e) => trust.recompute(e.subjectAuthorId));
  events.subscribe(ReactionRemoved, name, (e) => trust.recompute(e.subjectAuthorId));
  events.subscribe(ReportsHandled, name, async (e) => {
    if (e.targetAuthorId && e.outcome !== 'dismissed') await trust.recompute(e.targetAuthorId);
  });
  events.subscribe(ModerationNotice, name, (e) => trust.recompute(e.memberId));
  platform.jobs.define({
    name: TRUST_SWEEP_JOB,
    payload: z.object({}),
    handle: async () => {
      await trust.sweep();
      await scheduleTrustSweep(platform, platform.clock.now() + DAY);
    },
  });
}

/** Makes sure one sweep is queued (at boot, and after each sweep for the next day). */
export async function scheduleTrustSweep(platform: Platform, runAt: number): Promise<void> {
  const queued = await platform.db
    .selectFrom('job')
    .select('id')
    .where('name', '=', TRUST_SWEEP_JOB)
    .where('doneAt', 'is', null)
    .executeTakeFirst();
  if (!queued) await platform.jobs.enqueue(platform.db, TRUST_SWEEP_JOB, {}, { runAt });
}
