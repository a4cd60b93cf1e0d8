import type { ChipSettings } from '@hearth/contracts';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../../db/database.js';
import type { ChipActionTable, ChipRequestTable } from '../../../db/schema/chip-tables.js';

export type ChipRequestRow = Selectable<ChipRequestTable>;

export async function readChipSettings(db: DbOrTx): Promise<ChipSettings> {
  const row = await db.selectFrom('chipSettings').select(['issuanceMode', 'minTierRank']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { issuanceMode: row.issuanceMode, minTierRank: Number(row.minTierRank) };
}

export async function writeChipSettings(db: DbOrTx, patch: Partial<ChipSettings>, now: number): Promise<void> {
  await db
    .updateTable('chipSettings')
    .set({ ...patch, updatedAt: now })
    .where('id', '=', 1)
    .execute();
}

export async function insertChipRequest(db: DbOrTx, row: ChipRequestRow): Promise<void> {
  await db.insertInto('chipRequest').values(row).execute();
}

export async function findChipRequest(db: DbOrTx, id: string): Promise<ChipRequestRow | undefined> {
  return db.selectFrom('chipRequest').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function latestRequestOf(db: DbOrTx, memberId: string): Promise<ChipRequestRow | undefined> {
  return db
    .selectFrom('chipRequest')
    .selectAll()
    .where('memberId', '=', memberId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function pendingRequestWithCode(db: DbOrTx, code: string): Promise<ChipRequestRow | undefined> {
  return db.selectFrom('chipRequest').selectAll().where('code', '=', code).where('status', '=', 'pending').executeTakeFirst();
}

/**
 * Decides a pending request in one conditional UPDATE, so two admins deciding at once
 * cannot both win. Returns false when it was no longer pending.
 */
export async function decideChipRequest(
  db: DbOrTx,
  id: string,
  decision: { status: 'approved' | 'declined'; reason: string | null; by: string; at: number; assetId: string | null },
): Promise<boolean> {
  const updated = await db
    .updateTable('chipRequest')
    .set({
      status: decision.status,
      decisionReason: decision.reason,
      decidedBy: decision.by,
      decidedAt: decision.at,
      assetId: decision.assetId,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Pending ones oldest first (a queue); decided ones newest first. Cursor: the last row's `createdAt:id`. */
export async function chipRequestPage(
  db: DbOrTx,
  status: ChipRequestRow['status'],
  limit: number,
  after: { createdAt: number; id: string } | null,
): Promise<ChipRequestRow[]> {
  const ascending = status === 'pending';
  let query = db.selectFrom('chipRequest').selectAll().where('status', '=', status);
  if (after) {
    query = query.where((eb) =>
      ascending
        ? eb.or([eb('createdAt', '>', after.createdAt), eb.and([eb('createdAt', '=', after.createdAt), eb('id', '>', after.id)])])
        : eb.or([eb('createdAt', '<', after.createdAt), eb.and([eb('createdAt', '=', after.createdAt), eb('id', '<', after.id)])]),
    );
  }
  const direction = ascending ? 'asc' : 'desc';
  return query.orderBy('createdAt', direction).orderBy('id', direction).limit(limit).execute();
}

export async function insertChipAction(db: DbOrTx, row: Selectable<ChipActionTable>): Promise<void> {
  await db.insertInto('chipAction').values(row).execute();
}

export async function latestFreezeOf(db: DbOrTx, assetId: string): Promise<Selectable<ChipActionTable> | undefined> {
  return db
    .selectFrom('chipAction')
    .selectAll()
    .where('assetId', '=', assetId)
    .where('action', 'in', ['frozen', 'unfrozen'])
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
