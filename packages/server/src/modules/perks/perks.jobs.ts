import { z } from 'zod';
import type { Platform } from '../../app/platform.js';

/** Releases an order nobody fulfilled in time; enqueued with `runAt` = the order's expiry in the redemption's transaction. */
export const EXPIRE_ORDER_JOB = 'perks.expire_order';

/** Idempotent: an order resolved meanwhile (or not yet due) is left alone. */
export const ExpireOrderPayload = z.object({ orderId: z.string() });
export type ExpireOrderPayload = z.infer<typeof ExpireOrderPayload>;

/** Registers the marketplace's jobs on the platform's queue. */
export function definePerkJobs(platform: Platform, orders: { expire(orderId: string): Promise<boolean> }): void {
  platform.jobs.define({
    name: EXPIRE_ORDER_JOB,
    payload: ExpireOrderPayload,
    handle: async ({ orderId }) => void (await orders.expire(orderId)),
  });
}
