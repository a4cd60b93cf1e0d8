import type { AuditEntry, AuditFilter, AuditPage, AuthorRef } from '@hearth/contracts';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { toIso } from '../../platform/clock.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { csvRow } from './audit-csv.js';
import { auditBatches, auditPage, type AuditRow } from './audit.repository.js';

const JsonObject = z.record(z.string(), z.unknown()).nullable();
const parseJson = (text: string | null) => (text === null ? null : JsonObject.parse(JSON.parse(text)));

export const AUDIT_CSV_HEADER = ['time', 'actor_id', 'actor_name', 'action', 'target_kind', 'target_id', 'reason', 'before', 'after'];

/** The audit log for admins: filtered pages and a streamed CSV export. */
export class AuditService {
  constructor(
    private readonly platform: Platform,
    private readonly refs: (ids: readonly string[]) => Promise<Map<string, AuthorRef>>,
  ) {}

  /** Newest first. @throws invalid_input (bad cursor) */
  async list(filter: AuditFilter, query: { cursor?: string | undefined; limit: number }): Promise<AuditPage> {
    const rows = await auditPage(this.platform.db, filter, decodeCursor(query.cursor), query.limit);
    const refs = await this.refs(actorIds(rows));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => toEntry(r, refs),
    );
  }

  /** The filtered log as CSV, produced batch by batch while the client reads it. */
  exportCsv(filter: AuditFilter): Readable {
    const { db } = this.platform;
    const refs = this.refs;
    async function* lines(): AsyncGenerator<string> {
      yield csvRow(AUDIT_CSV_HEADER);
      for await (const rows of auditBatches(db, filter)) {
        const names = await refs(actorIds(rows));
        let chunk = '';
        for (const r of rows)
          chunk += csvRow([
            toIso(r.createdAt),
            r.actorId,
            r.actorId ? (names.get(r.actorId)?.displayName ?? '') : '',
            r.action,
            r.targetKind,
            r.targetId,
            r.reason,
            r.before,
            r.after,
          ]);
        yield chunk;
      }
    }
    return Readable.from(lines());
  }
}

const actorIds = (rows: readonly AuditRow[]) => [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];

function toEntry(row: AuditRow, refs: Map<string, AuthorRef>): AuditEntry {
  return {
    id: row.id,
    actor: row.actorId ? (refs.get(row.actorId) ?? { id: row.actorId, displayName: '', avatarUrl: null }) : null,
    action: row.action,
    targetKind: row.targetKind,
    targetId: row.targetId,
    reason: row.reason,
    before: parseJson(row.before),
    after: parseJson(row.after),
    createdAt: toIso(row.createdAt),
  };
}
