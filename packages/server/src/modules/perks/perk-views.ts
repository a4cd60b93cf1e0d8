import type { AssetView, Perk, PerkOrder, PerkSeller } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { PerksDeps } from './perks.deps.js';
import { canFulfilOrder, canManagePerk, canRefundOrder } from './perks.policy.js';
import type { PerkOrderRow, PerkRow } from './perks.repository.js';

type Ref = { id: string; displayName: string; avatarUrl: string | null };

/** Names members who left (erased) neutrally: the order's history stays readable. */
const GONE: Ref = { id: 'erased', displayName: '—', avatarUrl: null };

/** Turns rows into the contract's views, loading assets, members and tiers once per batch. */
export class PerkViews {
  constructor(private readonly deps: PerksDeps) {}

  async perks(actor: Actor, rows: readonly PerkRow[]): Promise<Perk[]> {
    const [assets, refs, tiers] = await Promise.all([
      this.assets(rows.map((r) => r.assetId)),
      this.deps.members.refs(rows.map((r) => r.sellerId).filter((id): id is string => id !== null)),
      rows.some((r) => r.tierId) ? this.deps.members.tierRefs() : Promise.resolve([]),
    ]);
    const tierById = new Map(tiers.map((t) => [t.id, t]));
    return rows.map((row) => {
      const tier = row.tierId ? tierById.get(row.tierId) : undefined;
      return {
        id: row.id,
        title: row.title,
        description: row.description,
        descriptionHtml: row.descriptionHtml,
        kind: row.kind,
        asset: assets.get(row.assetId)!,
        price: Number(row.price),
        stock: row.stockTotal,
        stockLeft: row.stockLeft,
        perMemberLimit: row.perMemberLimit,
        startsAt: toIsoOrNull(row.startsAt),
        endsAt: toIsoOrNull(row.endsAt),
        imageUrl: row.imageUrl,
        tier: tier ? { id: tier.id, name: tier.name } : null,
        status: row.status,
        seller: sellerOf(row, refs),
        fulfilledCount: Number(row.fulfilledCount),
        canManage: canManagePerk(actor, row),
        createdAt: toIso(row.createdAt),
        updatedAt: toIso(row.updatedAt),
      };
    });
  }

  async orders(actor: Actor, rows: readonly PerkOrderRow[], perks: Map<string, PerkRow>): Promise<PerkOrder[]> {
    const now = this.deps.platform.clock.now();
    const memberIds = rows.flatMap((r) => [r.buyerId, r.sellerId]).filter((id): id is string => id !== null);
    const [assets, refs] = await Promise.all([this.assets(rows.map((r) => r.assetId)), this.deps.members.refs(memberIds)]);
    return rows.map((row) => {
      const perk = perks.get(row.perkId)!;
      const delivered = row.fulfilmentCode !== null || row.fulfilmentNote !== null || row.fulfilmentUrl !== null;
      const open = row.status === 'held' && now < row.expiresAt;
      return {
        id: row.id,
        perk: { id: perk.id, title: perk.title, kind: perk.kind, imageUrl: perk.imageUrl },
        buyer: (row.buyerId && refs.get(row.buyerId)) || GONE,
        seller: sellerOf(row, refs),
        asset: assets.get(row.assetId)!,
        price: Number(row.price),
        status: row.status,
        buyerNote: row.buyerNote,
        fulfilment: delivered ? { code: row.fulfilmentCode, note: row.fulfilmentNote, url: row.fulfilmentUrl } : null,
        declineReason: row.declineReason,
        refundReason: row.refundReason,
        expiresAt: toIso(row.expiresAt),
        disputeUntil: toIsoOrNull(row.disputeUntil),
        canFulfil: open && canFulfilOrder(actor, row),
        canCancel: open && row.buyerId === actor.memberId,
        canRefund:
          row.status === 'fulfilled' &&
          row.disputeUntil !== null &&
          now <= row.disputeUntil &&
          row.settleTransferId !== null &&
          canRefundOrder(actor, row),
        createdAt: toIso(row.createdAt),
        resolvedAt: toIsoOrNull(row.resolvedAt),
      };
    });
  }

  /** Assets as members see them, each personal chip with its issuer. */
  async assets(ids: readonly string[]): Promise<Map<string, AssetView>> {
    const assets = await this.deps.ledger.assetsByIds(this.deps.platform.db, ids);
    const issuers = await this.deps.members.refs(assets.map((a) => a.issuerMemberId).filter((id): id is string => id !== null));
    return new Map(
      assets.map((a) => [
        a.id,
        {
          id: a.id,
          code: a.code,
          name: a.name,
          kind: a.kind,
          icon: a.icon,
          issuerId: a.issuerMemberId,
          issuer: a.issuerMemberId ? (issuers.get(a.issuerMemberId) ?? null) : null,
        },
      ]),
    );
  }
}

function sellerOf(row: { sellerKind: 'brand' | 'member'; sellerId: string | null }, refs: Map<string, Ref>): PerkSeller {
  if (row.sellerKind === 'brand') return { type: 'brand' };
  return { type: 'member', member: (row.sellerId && refs.get(row.sellerId)) || GONE };
}
