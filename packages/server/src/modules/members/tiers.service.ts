import type { Tier } from '@hearth/contracts';
import type { TierBody, TierOrderBody, TierPatchBody } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { conflict, notFound, refused } from '../../platform/errors/app-error.js';
import { findTier, listTiers } from './members.repository.js';
import { toTier } from './tiers.mappers.js';
import { countMembersByTier, countMembersInTier, highestTierRank, setDefaultTier } from './tiers.repository.js';

/**
 * Tiers: the ladder members climb (rank 0 is the lowest). Tier edits never move members,
 * so they leave no `member_change` rows; moving a member is PATCH /api/admin/members/:id.
 */
export class TiersService {
  constructor(private readonly platform: Platform) {}

  /** Every tier, lowest rank first; with member counts when `withCounts`. */
  async list(withCounts = false): Promise<Tier[]> {
    const tiers = await listTiers(this.platform.db);
    if (!withCounts) return tiers.map((t) => toTier(t));
    const counts = await countMembersByTier(this.platform.db);
    return tiers.map((t) => toTier(t, counts.get(t.id) ?? 0));
  }

  /** Adds a tier ranked above every existing one. */
  async create(body: z.output<typeof TierBody>): Promise<Tier> {
    return withTransaction(this.platform.db, async (tx) => {
      const top = await highestTierRank(tx);
      const id = this.platform.ids.next();
      await tx
        .insertInto('tier')
        .values({
          id,
          name: body.name,
          description: body.description,
          perks: JSON.stringify(body.perks),
          rank: top === null ? 0 : top + 1,
          isDefault: top === null ? 1 : 0,
          createdAt: this.platform.clock.now(),
        })
        .execute();
      return toTier((await findTier(tx, id))!, 0);
    });
  }

  /**
   * Renames or describes a tier; `isDefault: true` makes it the tier new members start in
   * (the flag moves: there is always exactly one default).
   * @throws not_found
   */
  async update(id: string, patch: z.output<typeof TierPatchBody>): Promise<Tier> {
    return withTransaction(this.platform.db, async (tx) => {
      if (!(await findTier(tx, id))) throw notFound();
      const values = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.perks !== undefined ? { perks: JSON.stringify(patch.perks) } : {}),
      };
      if (Object.keys(values).length > 0) await tx.updateTable('tier').set(values).where('id', '=', id).execute();
      if (patch.isDefault) await setDefaultTier(tx, id);
      return toTier((await findTier(tx, id))!, await countMembersInTier(tx, id));
    });
  }

  /**
   * Deletes a tier nobody is in. The other tiers keep their ranks (a gap is harmless, and
   * whatever compares against a rank keeps meaning the same tier).
   * @throws not_found, tier_default (409), tier_in_use (409, with count)
   */
  async remove(id: string): Promise<void> {
    await withTransaction(this.platform.db, async (tx) => {
      const tier = await findTier(tx, id);
      if (!tier) throw notFound();
      if (tier.isDefault === 1) throw conflict('tier_default');
      const count = await countMembersInTier(tx, id);
      if (count > 0) throw conflict('tier_in_use', { count });
      await tx.deleteFrom('tier').where('id', '=', id).execute();
    });
  }

  /**
   * Sets the ranks from a list of every tier id, lowest first (ranks become 0..n-1). The
   * rank column has no unique index, so rows can be renumbered one by one in the
   * transaction without passing through a clash.
   * @throws tier_order_mismatch (422) unless every tier is listed exactly once
   */
  async reorder(body: z.output<typeof TierOrderBody>): Promise<Tier[]> {
    await withTransaction(this.platform.db, async (tx) => {
      const tiers = await listTiers(tx);
      const known = new Set(tiers.map((t) => t.id));
      const listed = new Set(body.ids);
      if (listed.size !== body.ids.length || listed.size !== known.size || body.ids.some((id) => !known.has(id)))
        throw refused('tier_order_mismatch');
      for (const [rank, id] of body.ids.entries()) await tx.updateTable('tier').set({ rank }).where('id', '=', id).execute();
    });
    // Every actor carries its tier's rank.
    await this.platform.actors.forgetAll();
    return this.list(true);
  }
}
