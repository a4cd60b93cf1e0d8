import type { FlagStatus } from '@hearth/contracts';
import type { DbOrTx } from '../../db/database.js';
import type { EconomyFlagTable } from '../../db/schema/oversight-tables.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';
import type { Finding } from './oversight.detectors.js';

export type FlagRow = EconomyFlagTable;

/** Inserts the findings not flagged before (by fingerprint); returns those inserted. */
export async function insertFindings(db: DbOrTx, findings: readonly Finding[], newId: () => string, now: number): Promise<FlagRow[]> {
  const inserted: FlagRow[] = [];
  for (const f of findings) {
    const row: FlagRow = {
      id: newId(),
      kind: f.kind,
      assetId: f.assetId,
      fingerprint: f.fingerprint,
      score: f.score,
      status: 'open',
      memberIds: JSON.stringify(f.memberIds),
      transferIds: JSON.stringify(f.transferIds),
      amount: f.amount,
      createdAt: now,
      decidedAt: null,
      decidedBy: null,
      reason: null,
    };
    const result = await db
      .insertInto('economyFlag')
      .values(row)
      .onConflict((oc) => oc.column('fingerprint').doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) inserted.push(row);
  }
  return inserted;
}

/** Flags of a status, newest first, `limit + 1` after the cursor. */
export async function flagPage(db: DbOrTx, status: FlagStatus, cursor: Keyset | null, limit: number): Promise<FlagRow[]> {
  let query = db.selectFrom('economyFlag').selectAll().where('status', '=', status);
  if (cursor) query = query.where(olderThan(cursor, 'createdAt', 'id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function findFlag(db: DbOrTx, id: string): Promise<FlagRow | undefined> {
  return db.selectFrom('economyFlag').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Decides an open flag; false when it was decided meanwhile (the first decision wins). */
export async function decideFlag(
  db: DbOrTx,
  id: string,
  decision: { status: 'dismissed' | 'actioned'; by: string; reason: string; at: number },
): Promise<boolean> {
  const result = await db
    .updateTable('economyFlag')
    .set({ status: decision.status, decidedBy: decision.by, reason: decision.reason, decidedAt: decision.at })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
