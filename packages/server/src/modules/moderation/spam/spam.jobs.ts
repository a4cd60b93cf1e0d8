import { z } from 'zod';
import type { Platform } from '../../../app/platform.js';
import type { Tx } from '../../../db/database.js';
import type { SpamModelStore } from './spam-model.js';

export const SPAM_RETRAIN_JOB = 'moderation.spam_retrain';
/** Decisions come in bursts (a moderator working the queue): one retrain after the burst settles. */
export const RETRAIN_DELAY_MS = 10 * 60_000;

/**
 * The retrain job, queued by every review decision. It runs RETRAIN_DELAY_MS later and
 * skips when a retrain already happened after it was requested, so a burst of decisions
 * costs one retrain.
 */
export function defineSpamJobs(platform: Platform, model: SpamModelStore): void {
  platform.jobs.define({
    name: SPAM_RETRAIN_JOB,
    payload: z.object({ requestedAt: z.number() }),
    handle: async ({ requestedAt }) => {
      const trainedAt = await model.trainedAtOrNull();
      if (trainedAt !== null && trainedAt >= requestedAt) return;
      await model.retrain();
    },
  });
}

export async function requestRetrain(platform: Platform, tx: Tx): Promise<void> {
  const now = platform.clock.now();
  await platform.jobs.enqueue(tx, SPAM_RETRAIN_JOB, { requestedAt: now }, { runAt: now + RETRAIN_DELAY_MS });
}
