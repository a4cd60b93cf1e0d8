import { z } from 'zod';
import type { Platform } from '../../app/platform.js';

/** Closes an order still open at its expiry; enqueued with `runAt` = the expiry in the posting's transaction. */
export const EXPIRE_MARKET_ORDER_JOB = 'market.expire_order';

/** Idempotent: an order closed meanwhile (or not yet due) is left alone. */
export const ExpireMarketOrderPayload = z.object({ orderId: z.string() });

export function defineMarketJobs(platform: Platform, orders: { expire(orderId: string): Promise<boolean> }): void {
  platform.jobs.define({
    name: EXPIRE_MARKET_ORDER_JOB,
    payload: ExpireMarketOrderPayload,
    handle: async ({ orderId }) => void (await orders.expire(orderId)),
  });
}
