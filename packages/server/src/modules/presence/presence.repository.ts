import type { DbOrTx } from '../../db/database.js';

/** Queries on the presence module's own table: member_presence (one row per member and node). */

export interface PresenceRow {
  memberId: string;
  sockets: number;
  updatedAt: number;
}

/**
 * Records how many sockets the member has on this node now. When they come online here, the
 * rows other nodes left with no sockets are dropped: they only said when the member was last
 * seen, and that is now.
 */
export async function writeSockets(db: DbOrTx, memberId: string, nodeId: string, sockets: number, at: number): Promise<void> {
  await db
    .insertInto('memberPresence')
    .values({ memberId, nodeId, sockets, updatedAt: at })
    .onConflict((oc) => oc.columns(['memberId', 'nodeId']).doUpdateSet({ sockets, updatedAt: at }))
    .execute();
  if (sockets > 0)
    await db.deleteFrom('memberPresence').where('memberId', '=', memberId).where('nodeId', '!=', nodeId).where('sockets', '=', 0).execute();
}

/** Whether the member has sockets on a live node (one that refreshed its rows since `freshSince`). */
export async function isOnline(db: DbOrTx, memberId: string, freshSince: number): Promise<boolean> {
  const row = await db
    .selectFrom('memberPresence')
    .select('nodeId')
    .where('memberId', '=', memberId)
    .where('sockets', '>', 0)
    .where('updatedAt', '>=', freshSince)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every row of these members. */
export async function presenceRows(db: DbOrTx, memberIds: readonly string[]): Promise<PresenceRow[]> {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('memberPresence')
    .select(['memberId', 'sockets', 'updatedAt'])
    .where('memberId', 'in', [...memberIds])
    .execute();
}

/** The node's heartbeat: its rows with sockets are fresh again. Returns how many there were. */
export async function refreshNode(db: DbOrTx, nodeId: string, at: number): Promise<number> {
  const result = await db
    .updateTable('memberPresence')
    .set({ updatedAt: at })
    .where('nodeId', '=', nodeId)
    .where('sockets', '>', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Rows with sockets that no node refreshed since `freshSince` (their node died) lose their
 * sockets, keeping the time of their last refresh as when the member was last seen. Each such
 * row is returned to exactly one caller, however many nodes sweep at once.
 */
export async function expireStale(db: DbOrTx, freshSince: number): Promise<PresenceRow[]> {
  return db
    .updateTable('memberPresence')
    .set({ sockets: 0 })
    .where('sockets', '>', 0)
    .where('updatedAt', '<', freshSince)
    .returning(['memberId', 'sockets', 'updatedAt'])
    .execute();
}

/** A node stopping: its rows lose their sockets, last seen now. Returns the members it held. */
export async function releaseNode(db: DbOrTx, nodeId: string, at: number): Promise<string[]> {
  const rows = await db
    .updateTable('memberPresence')
    .set({ sockets: 0, updatedAt: at })
    .where('nodeId', '=', nodeId)
    .where('sockets', '>', 0)
    .returning('memberId')
    .execute();
  return rows.map((row) => row.memberId);
}
