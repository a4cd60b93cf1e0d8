import { ROLE_RANK, type AssetDetail, type AssetPage, type AssetSummary } from '@hearth/contracts';
import { toIso } from '../../../platform/clock.js';
import { AppError, invalid } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import type { Asset, AssetStats } from '../../ledger/index.js';
import { toAssetViews } from '../asset-views.js';
import type { EconomyDeps } from '../economy.deps.js';
import { BRAND_TREASURY, canIssue } from './chip-movements.service.js';
import { latestFreezeOf } from './chips.repository.js';

const TOP_HOLDERS = 10;
const RECENT_MOVEMENTS = 20;
/** Transfer kinds that are redemptions of a perk paid in the asset (written by the perks marketplace). */
const REDEMPTION_KINDS = ['redemption', 'redeem'] as const;

/** The asset list and the chip page: supply, holders, who holds most, what moved lately. */
export class ChipPagesService {
  constructor(private readonly deps: EconomyDeps) {}

  /** Assets in creation order (the points asset first), with supply figures. @throws invalid_input (cursor) */
  async list(query: { limit: number; cursor?: string | undefined; kind?: 'points' | 'chip' | undefined }): Promise<AssetPage> {
    const { ledger, platform } = this.deps;
    const afterId = query.cursor ? decodeCursor(query.cursor) : null;
    const assets = await ledger.stats.listAssets(platform.db, {
      afterId,
      limit: query.limit + 1,
      ...(query.kind ? { kind: query.kind } : {}),
    });
    const page = assets.slice(0, query.limit);
    const items = await this.summaries(page);
    const last = page[page.length - 1];
    return { items, nextCursor: assets.length > query.limit && last ? Buffer.from(last.id).toString('base64url') : null };
  }

  /** One asset by its code (any case), with holders, movements and what the caller may do. @throws unknown_asset (404) */
  async detail(actor: Actor, code: string): Promise<AssetDetail> {
    const asset = await this.deps.ledger.stats.assetByCode(this.deps.platform.db, code);
    if (!asset) throw new AppError('unknown_asset', 404);
    return this.detailOf(actor, asset);
  }

  async detailById(actor: Actor, assetId: string): Promise<AssetDetail> {
    return this.detailOf(actor, await this.deps.ledger.getAsset(this.deps.platform.db, assetId));
  }

  private async detailOf(actor: Actor, asset: Asset): Promise<AssetDetail> {
    const { ledger, platform, members } = this.deps;
    const db = platform.db;
    const [summary] = await this.summaries([asset]);
    const [holders, transfers, redemptions, freeze] = await Promise.all([
      ledger.stats.topHolders(db, asset.id, TOP_HOLDERS),
      ledger.stats.recentTransfers(db, asset.id, RECENT_MOVEMENTS),
      ledger.stats.kindTotals(db, asset.id, REDEMPTION_KINDS),
      asset.frozen ? latestFreezeOf(db, asset.id) : Promise.resolve(undefined),
    ]);
    const accounts = new Map(
      (
        await ledger.accountsByIds(
          db,
          transfers.flatMap((t) => [t.debitAccountId, t.creditAccountId]),
        )
      ).map((a) => [a.id, a]),
    );
    const memberIds = [
      ...holders.map((h) => h.memberId),
      ...[...accounts.values()].map((a) => a.ownerMemberId),
      freeze?.actorId ?? null,
    ].filter((id): id is string => id !== null);
    const refs = await members.refs(memberIds);
    const ownerOf = (accountId: string) => {
      const owner = accounts.get(accountId)?.ownerMemberId;
      return owner ? (refs.get(owner) ?? null) : null;
    };
    const supply = summary!.supply.minted;
    const mayIssue = canIssue(actor, asset);
    let issuerBalance: number | null = null;
    if (mayIssue) {
      issuerBalance = asset.issuerMemberId
        ? (await ledger.walletOf(db, asset.issuerMemberId, asset.id)).balance
        : (await ledger.systemAccountOf(db, asset.id, BRAND_TREASURY)).balance;
    }
    return {
      ...summary!,
      topHolderShare: supply > 0 && holders[0] ? holders[0].balance / supply : 0,
      topHolders: holders.map((h) => ({ member: h.memberId ? (refs.get(h.memberId) ?? null) : null, amount: h.balance })),
      recentMovements: transfers.map((t) => ({
        id: t.id,
        kind: t.kind,
        amount: t.amount,
        from: ownerOf(t.debitAccountId),
        to: ownerOf(t.creditAccountId),
        createdAt: toIso(t.createdAt),
      })),
      redemptions: redemptions.count > 0 ? redemptions : null,
      freeze: freeze
        ? { reason: freeze.reason, by: freeze.actorId ? (refs.get(freeze.actorId) ?? null) : null, at: toIso(freeze.createdAt) }
        : null,
      can: {
        mint: mayIssue && !asset.frozen,
        give: mayIssue && !asset.frozen,
        freeze: asset.kind === 'chip' && ROLE_RANK[actor.role] >= ROLE_RANK.owner,
      },
      issuerBalance,
      mintedToday: (await this.stats([asset])).get(asset.id)?.mintedToday ?? 0,
    };
  }

  private async stats(assets: readonly Asset[]): Promise<Map<string, AssetStats>> {
    return this.deps.ledger.stats.statsOf(
      this.deps.platform.db,
      assets.map((a) => a.id),
      this.deps.platform.clock.now(),
    );
  }

  private async summaries(assets: readonly Asset[]): Promise<AssetSummary[]> {
    const [views, stats] = await Promise.all([toAssetViews(this.deps, assets), this.stats(assets)]);
    return assets.map((asset) => {
      const s = stats.get(asset.id);
      return {
        ...views.get(asset.id)!,
        description: asset.description,
        frozen: asset.frozen,
        supply: {
          minted: s?.supply ?? 0,
          supplyCap: asset.supplyCap,
          dailyMintLimit: asset.dailyMintLimit,
          holders: s?.holders ?? 0,
        },
        createdAt: toIso(asset.createdAt),
      };
    });
  }
}

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[\x21-\x7e]{1,64}$/.test(id)) throw invalid('query.cursor', 'invalid_format');
  return id;
}
