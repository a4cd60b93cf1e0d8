import type { AssetView, MarketFill, MarketOrder } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Asset } from '../ledger/index.js';
import type { MarketDeps } from './market.deps.js';
import type { MarketFillRow, MarketOrderRow } from './market.repository.js';

type Ref = { id: string; displayName: string; avatarUrl: string | null };

/** Orders and fills as members see them: assets with their issuers, people with names and avatars. */
export class MarketViews {
  constructor(private readonly deps: MarketDeps) {}

  /** Assets as members see them, each personal chip with its issuer's name and avatar. */
  async assets(assets: readonly Asset[]): Promise<Map<string, AssetView>> {
    const refs = await this.deps.members.refs(assets.map((a) => a.issuerMemberId).filter((id): id is string => id !== null));
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
          issuer: a.issuerMemberId ? (refs.get(a.issuerMemberId) ?? null) : null,
        },
      ]),
    );
  }

  async orders(actor: Actor, rows: readonly MarketOrderRow[]): Promise<MarketOrder[]> {
    const { assets, people } = await this.context(
      rows,
      rows.map((r) => r.sellerId),
    );
    const now = this.deps.platform.clock.now();
    const isStaff = actor.role === 'admin' || actor.role === 'owner';
    return rows.map((r) => {
      const open = r.status === 'open' && r.expiresAt > now;
      const mine = r.sellerId === actor.memberId;
      return {
        id: r.id,
        seller: r.sellerId ? (people.get(r.sellerId) ?? null) : null,
        asset: assets.get(r.assetId)!,
        priceAsset: assets.get(r.priceAssetId)!,
        price: r.price,
        quantity: r.quantity,
        remaining: r.remaining,
        status: r.status,
        expiresAt: toIso(r.expiresAt),
        createdAt: toIso(r.createdAt),
        closedAt: toIsoOrNull(r.closedAt),
        can: { fill: open && !mine, cancel: r.status === 'open' && (mine || isStaff) },
      };
    });
  }

  async fills(rows: readonly MarketFillRow[]): Promise<MarketFill[]> {
    const { assets, people } = await this.context(
      rows,
      rows.flatMap((r) => [r.sellerId, r.takerId]),
    );
    return rows.map((r) => ({
      id: r.id,
      orderId: r.orderId,
      seller: r.sellerId ? (people.get(r.sellerId) ?? null) : null,
      taker: r.takerId ? (people.get(r.takerId) ?? null) : null,
      asset: assets.get(r.assetId)!,
      priceAsset: assets.get(r.priceAssetId)!,
      quantity: r.quantity,
      price: r.price,
      total: r.quantity * r.price,
      createdAt: toIso(r.createdAt),
    }));
  }

  private async context(rows: readonly { assetId: string; priceAssetId: string }[], memberIds: (string | null)[]) {
    const { ledger, members, platform } = this.deps;
    const assetIds = [...new Set(rows.flatMap((r) => [r.assetId, r.priceAssetId]))];
    const assets = await this.assets(await ledger.assetsByIds(platform.db, assetIds));
    const people: Map<string, Ref> = await members.refs(memberIds.filter((id): id is string => id !== null));
    return { assets, people };
  }
}
