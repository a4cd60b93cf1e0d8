import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { CommunityTable } from '../../db/schema.js';

export type CommunityRow = Selectable<CommunityTable>;

/** One deployment's database holds one community: the single row of `community`. */
export async function findCommunity(db: DbOrTx): Promise<CommunityRow | undefined> {
  return db.selectFrom('community').selectAll().limit(1).executeTakeFirst();
}
