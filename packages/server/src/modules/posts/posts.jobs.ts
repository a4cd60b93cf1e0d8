import { z } from 'zod';

/** Publishes one scheduled thread; enqueued with `runAt` = its publish time, in the transaction that set it. */
export const PUBLISH_SCHEDULED_JOB = 'posts.publish_scheduled';

/**
 * `publishAt` is the time the job was enqueued for: the handler publishes only while the
 * stored time is still that one, so a thread rescheduled (a new job) or cancelled is not
 * published by its stale jobs, and a job that runs twice publishes once.
 */
export const PublishScheduledPayload = z.object({ postId: z.string(), publishAt: z.number().int() });
export type PublishScheduledPayload = z.infer<typeof PublishScheduledPayload>;
