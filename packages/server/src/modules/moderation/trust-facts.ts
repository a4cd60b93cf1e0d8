import type { DbOrTx } from '../../db/database.js';
import { countUpheldSince, restrictionsInForce } from './penalties/penalties.repository.js';

/** What trust levels (modules/trust) need of moderation about one member. */
export interface TrustFacts {
  /** Reports against them upheld (or their content removed) and penalties that still stand, since `since`. */
  flags: number;
  /** A mute or ban is in force now. */
  restricted: boolean;
}

/** A member's upheld flags since `since` and whether a mute or ban is in force at `now`. */
export async function trustFactsOf(db: DbOrTx, memberId: string, since: number, now: number): Promise<TrustFacts> {
  const [reports, penalties, inForce] = await Promise.all([
    db
      .selectFrom('moderationReport')
      .select((eb) => eb.fn.count<string | number>('targetId').distinct().as('n'))
      .where('targetAuthorId', '=', memberId)
      .where('status', 'in', ['upheld', 'removed'])
      .where('handledAt', '>', since)
      .executeTakeFirstOrThrow(),
    countUpheldSince(db, memberId, since),
    restrictionsInForce(db, memberId, now),
  ]);
  return { flags: Number(reports.n) + penalties, restricted: inForce.length > 0 };
}
