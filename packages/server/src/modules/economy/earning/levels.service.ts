import type { LevelDefinition, MemberLevel } from '@hearth/contracts';
import { sql } from 'kysely';
import type { Platform } from '../../../app/platform.js';
import type { DbOrTx } from '../../../db/database.js';
import { LevelReached } from './earning.events.js';
import type { EarningSettingsStore } from './earning-settings.js';

/** The level XP falls in: the last whose threshold it reaches. */
export function levelAt(levels: readonly LevelDefinition[], xp: number): { index: number; name: string; next: LevelDefinition | null } {
  let index = 0;
  for (let i = 0; i < levels.length; i++) if (xp >= levels[i]!.threshold) index = i;
  return { index, name: levels[index]?.name ?? '', next: levels[index + 1] ?? null };
}

/**
 * XP and levels. XP grows only with points earned by the community's rules (settled awards)
 * and shrinks when such an award is reversed; bought, tipped or transferred points never
 * count. Levels are the owner's names and thresholds; reaching a higher level is announced
 * once (LevelReached), even if XP later dips and rises again.
 */
export class LevelsService {
  constructor(
    private readonly platform: Platform,
    private readonly settings: EarningSettingsStore,
  ) {}

  /** Adds (or with a negative delta, takes) XP inside the caller's transaction; never below 0. */
  async addXp(tx: DbOrTx, memberId: string, delta: number): Promise<void> {
    const now = this.platform.clock.now();
    await tx
      .insertInto('memberXp')
      .values({ memberId, xp: Math.max(0, delta), announcedLevel: 0, updatedAt: now })
      .onConflict((oc) =>
        oc.column('memberId').doUpdateSet({
          // CASE rather than max()/greatest(): the same SQL on SQLite and PostgreSQL.
          xp: sql<number>`case when member_xp.xp + ${delta} < 0 then 0 else member_xp.xp + ${delta} end`,
          updatedAt: now,
        }),
      )
      .execute();
    if (delta <= 0) return;
    const row = await tx.selectFrom('memberXp').select(['xp', 'announcedLevel']).where('memberId', '=', memberId).executeTakeFirstOrThrow();
    const { levels } = await this.settings.get(tx);
    const level = levelAt(levels, Number(row.xp));
    if (level.index <= row.announcedLevel) return;
    const claimed = await tx
      .updateTable('memberXp')
      .set({ announcedLevel: level.index })
      .where('memberId', '=', memberId)
      .where('announcedLevel', '<', level.index)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) {
      await this.platform.events.emit(tx, LevelReached, { memberId, levelIndex: level.index, levelName: level.name, at: now });
    }
  }

  /** The listed members' levels (members without XP are at the first level). */
  async levelsOf(memberIds: readonly string[], db: DbOrTx = this.platform.db): Promise<MemberLevel[]> {
    const ids = [...new Set(memberIds)];
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('memberXp').select(['memberId', 'xp']).where('memberId', 'in', ids).execute();
    const xpOf = new Map(rows.map((r) => [r.memberId, Number(r.xp)]));
    const { levels } = await this.settings.get(db);
    return ids.map((memberId) => {
      const xp = xpOf.get(memberId) ?? 0;
      const level = levelAt(levels, xp);
      return {
        memberId,
        xp,
        index: level.index,
        name: level.name,
        nextThreshold: level.next?.threshold ?? null,
        nextName: level.next?.name ?? null,
      };
    });
  }
}
