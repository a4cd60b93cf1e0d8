import { z } from 'zod';
import type { JobQueue } from '../../../platform/jobs/jobs.js';

/** Runs at a timed ban's end: flips the member's status back (idempotent; sign-in does it too if it runs first). */
export const BAN_ENDED_JOB = 'moderation.ban_ended';

export function definePenaltyJobs(jobs: JobQueue, releaseExpiredBan: (memberId: string) => Promise<void>): void {
  jobs.define({ name: BAN_ENDED_JOB, payload: z.object({ memberId: z.string() }), handle: ({ memberId }) => releaseExpiredBan(memberId) });
}
