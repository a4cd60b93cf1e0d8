import type { AuditFilter } from '@hearth/contracts';
import { sql, type Selectable } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import type { AuditEntryTable } from '../../db/schema/penalty-audit-tables.js';
import { DAY_MS } from '../../platform/clock.js';
import { olderThan, type Keyset } from '../../platform/pagination.js';

/** Reads of audit_entry (written only through platform/audit's AuditLog). */

export type AuditRow = Selectable<AuditEntryTable>;

/** Escapes LIKE's wildcards so an action prefix is matched literally. */
const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filtered(db: DbOrTx, filter: AuditFilter) {
  let query = db.selectFrom('auditEntry').selectAll();
  if (filter.actorId) query = query.where('actorId', '=', filter.actorId);
  if (filter.targetId) query = query.where('targetId', '=', filter.targetId);
  if (filter.action)
    query = filter.action.endsWith('.')
      ? query.where(sql<boolean>`${sql.ref('action')} like ${likePrefix(filter.action)} escape '\\'`)
      : query.where('action', '=', filter.action);
  if (filter.from) query = query.where('createdAt', '>=', Date.parse(`${filter.from}T00:00:00Z`));
  if (filter.to) query = query.where('createdAt', '<', Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS);
  return query;
}

/** One page, newest first, `limit + 1` rows after the cursor. */
export async function auditPage(db: DbOrTx, filter: AuditFilter, after: Keyset | null, limit: number): Promise<AuditRow[]> {
  let query = filtered(db, filter);
  if (after) query = query.where(olderThan(after, 'createdAt', 'id'));
  return query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Every matching entry, newest first, read in keyset batches so an export never holds the whole log. */
export async function* auditBatches(db: DbOrTx, filter: AuditFilter, batch = 500): AsyncGenerator<AuditRow[]> {
  let after: Keyset | null = null;
  for (;;) {
    const rows = await auditPage(db, filter, after, batch - 1);
    const page = rows.slice(0, batch - 1);
    if (page.length > 0) yield page;
    if (rows.length < batch) return;
    const last = page[page.length - 1]!;
    after = { at: last.createdAt, id: last.id };
  }
}
