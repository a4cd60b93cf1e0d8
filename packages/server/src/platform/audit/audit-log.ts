import type { DbOrTx } from '../../db/database.js';
import type { Clock } from '../clock.js';
import type { Ids } from '../ids.js';

/** One moderator or admin action to record. `before`/`after` are small JSON objects of what changed. */
export interface AuditRecord {
  /** Who did it; null for the system (a job lifting an expired ban). */
  actorId: string | null;
  /** Dotted name: `penalty.mute`, `hold.remove`, `member.role`, `points.grant`, `filter.words.add` … */
  action: string;
  targetKind: string;
  targetId: string | null;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * The one audit API every module calls for moderator and admin actions. `record` writes in
 * the caller's transaction, so an entry exists exactly when the action committed (a refused
 * request records nothing). The log is append-only; modules/audit reads and exports it.
 */
export class AuditLog {
  constructor(
    private readonly clock: Clock,
    private readonly ids: Ids,
  ) {}

  async record(db: DbOrTx, entry: AuditRecord): Promise<void> {
    await db
      .insertInto('auditEntry')
      .values({
        id: this.ids.next(),
        actorId: entry.actorId,
        action: entry.action,
        targetKind: entry.targetKind,
        targetId: entry.targetId,
        reason: entry.reason ?? null,
        before: entry.before ? JSON.stringify(entry.before) : null,
        after: entry.after ? JSON.stringify(entry.after) : null,
        createdAt: this.clock.now(),
      })
      .execute();
  }
}
