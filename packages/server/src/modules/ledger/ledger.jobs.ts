import { z } from 'zod';

/** Releases one hold at its expiry; enqueued with `runAt` = `expiresAt` in the hold's transaction. */
export const RELEASE_EXPIRED_HOLD_JOB = 'ledger.release_expired_hold';

/** Idempotent: a hold already settled or released (or not yet expired) is left alone. */
export const ReleaseExpiredHoldPayload = z.object({ holdId: z.string() });
export type ReleaseExpiredHoldPayload = z.infer<typeof ReleaseExpiredHoldPayload>;
