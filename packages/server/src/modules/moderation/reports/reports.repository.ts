import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../../db/database.js';
import type { ModerationReportTable } from '../../../db/schema/moderation-tables.js';

/** Queries on moderation_report. */

export type ReportRow = Selectable<ModerationReportTable>;
type Target = { kind: ReportRow['targetKind']; id: string };

export async function findReportBy(db: DbOrTx, target: Target, reporterId: string): Promise<ReportRow | undefined> {
  return db
    .selectFrom('moderationReport')
    .selectAll()
    .where('targetKind', '=', target.kind)
    .where('targetId', '=', target.id)
    .where('reporterId', '=', reporterId)
    .executeTakeFirst();
}

export async function insertReport(db: DbOrTx, row: Insertable<ModerationReportTable>): Promise<void> {
  await db.insertInto('moderationReport').values(row).execute();
}

/** Reports a member made since `since` (the per-member rate limit). */
export async function countReportsSince(db: DbOrTx, reporterId: string, since: number): Promise<number> {
  const row = await db
    .selectFrom('moderationReport')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('reporterId', '=', reporterId)
    .where('createdAt', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The open reports on one target, oldest first. */
export async function openReportsOn(db: DbOrTx, target: Target): Promise<ReportRow[]> {
  return db
    .selectFrom('moderationReport')
    .selectAll()
    .where('status', '=', 'open')
    .where('targetKind', '=', target.kind)
    .where('targetId', '=', target.id)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** Every open report, oldest first (the queue groups them per target), at most `limit`. */
export async function openReports(db: DbOrTx, limit: number): Promise<ReportRow[]> {
  return db
    .selectFrom('moderationReport')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('createdAt')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks a target's open reports handled; returns the reporters told. */
export async function handleReports(
  db: DbOrTx,
  target: Target,
  decision: { status: Exclude<ReportRow['status'], 'open'>; handledBy: string; handledAt: number },
): Promise<string[]> {
  const rows = await db
    .updateTable('moderationReport')
    .set(decision)
    .where('status', '=', 'open')
    .where('targetKind', '=', target.kind)
    .where('targetId', '=', target.id)
    .returning('reporterId')
    .execute();
  return rows.map((r) => r.reporterId);
}
