import type { AssetView, Counterpart, Wallet, WalletBalance, WalletEntry, WalletHistory, WalletHistoryQuery } from '@hearth/contracts';
import { toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Account, Transfer } from '../ledger/index.js';
import { toAssetViews } from './asset-views.js';
import type { EconomyDeps } from './economy.deps.js';
import { tipsByTransfer } from './tips.repository.js';

/** Where each of the wallet's accounts continues (its next transfer id); accounts absent are done. */
type Positions = Record<string, string>;

const badCursor = () => new AppError('invalid_input', 400, {}, [{ path: 'query.cursor', code: 'invalid_format' }]);

function decodePositions(cursor: string): Positions {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      return value as Positions;
    }
  } catch {
    // fall through
  }
  throw badCursor();
}

/** The wallet (籌碼包): balances as a collection, and the history of every movement. */
export class WalletService {
  constructor(private readonly deps: EconomyDeps) {}

  /**
   * The caller's balances: points first (listed at 0 before any movement), then chips held,
   * largest first. Chips at zero are left out: the collection shows what one holds.
   */
  async get(actor: Actor): Promise<Wallet> {
    const { ledger, platform } = this.deps;
    const points = await ledger.ensurePointsAsset(platform.db);
    const wallets = await ledger.walletsOf(platform.db, actor.memberId);
    const views = await toAssetViews(this.deps, [points, ...wallets.map((w) => w.asset)]);
    const pointsBalance: WalletBalance = {
      asset: views.get(points.id)!,
      amount: wallets.find((w) => w.asset.id === points.id)?.account.balance ?? 0,
    };
    const chips = wallets
      .filter((w) => w.asset.kind === 'chip' && w.account.balance > 0)
      .map((w) => ({ asset: views.get(w.asset.id)!, amount: w.account.balance }))
      .sort((a, b) => b.amount - a.amount || a.asset.name.localeCompare(b.asset.name));
    const issuers = new Set(chips.map((c) => c.asset.issuerId ?? `asset:${c.asset.id}`));
    return { balances: [pointsBalance, ...chips], points: pointsBalance, chips, issuerCount: issuers.size };
  }

  /**
   * The caller's movements, newest first, across all their wallets (or one asset's). Each
   * wallet's history is read down the ledger's own per-account list, so a page never skips
   * or repeats a movement; the cursor records where each wallet continues.
   * @throws invalid_input (query.cursor)
   */
  async history(actor: Actor, query: WalletHistoryQuery): Promise<WalletHistory> {
    const { ledger, platform } = this.deps;
    const db = platform.db;
    const wallets = (await ledger.walletsOf(db, actor.memberId)).filter((w) => !query.assetId || w.asset.id === query.assetId);
    const mine = new Map(wallets.map((w) => [w.account.id, w]));
    let positions: Positions;
    if (query.cursor) {
      positions = decodePositions(query.cursor);
      if (Object.keys(positions).some((id) => !mine.has(id))) throw badCursor();
    } else {
      positions = {};
      for (const w of wallets) if (w.account.lastTransferId) positions[w.account.id] = w.account.lastTransferId;
    }

    const pages = await Promise.all(
      Object.entries(positions).map(async ([accountId, from]) => ({
        accountId,
        page: await ledger.history(db, accountId, { cursor: from, limit: query.limit }),
      })),
    );
    const merged = pages
      .flatMap(({ accountId, page }) => page.items.map((transfer) => ({ accountId, transfer })))
      .sort((a, b) => b.transfer.seq - a.transfer.seq)
      .slice(0, query.limit);

    const next: Positions = {};
    for (const { accountId, page } of pages) {
      const taken = merged.filter((m) => m.accountId === accountId).length;
      const continueAt = taken < page.items.length ? page.items[taken]!.id : page.nextCursor;
      if (continueAt) next[accountId] = continueAt;
    }
    const items = await this.entries(merged);
    const nextCursor = Object.keys(next).length > 0 ? Buffer.from(JSON.stringify(next)).toString('base64url') : null;
    return { items, nextCursor };
  }

  private async entries(rows: { accountId: string; transfer: Transfer }[]): Promise<WalletEntry[]> {
    const { ledger, platform } = this.deps;
    const db = platform.db;
    // A movement into or out of escrow names who stands behind it: the hold's payee for the
    // hold and its release, its payer for the settlement (a redemption's seller and buyer).
    const holds = new Map(
      (
        await ledger.stats.holdsByIds(
          db,
          rows.map((r) => r.transfer.holdId).filter((id): id is string => id !== null),
        )
      ).map((h) => [h.id, h]),
    );
    const otherOf = (accountId: string, t: Transfer) => {
      const hold = t.holdId ? holds.get(t.holdId) : undefined;
      if (hold) return hold.payerAccountId === accountId ? hold.payeeAccountId : hold.payerAccountId;
      return t.creditAccountId === accountId ? t.debitAccountId : t.creditAccountId;
    };
    const otherIds = rows.map(({ accountId, transfer: t }) => otherOf(accountId, t));
    const others = new Map((await ledger.accountsByIds(db, otherIds)).map((a) => [a.id, a]));
    const assets = await ledger.assetsByIds(
      db,
      rows.map((r) => r.transfer.assetId),
    );
    const [views, refs, tips] = await Promise.all([
      toAssetViews(this.deps, assets),
      this.deps.members.refs([...others.values()].map((a) => a.ownerMemberId).filter((id): id is string => id !== null)),
      tipsByTransfer(
        db,
        rows.map((r) => r.transfer.id),
      ),
    ]);
    return rows.map(({ accountId, transfer: t }) => {
      const isIn = t.creditAccountId === accountId;
      const other = others.get(otherOf(accountId, t));
      const tip = tips.get(t.id);
      return {
        transferId: t.id,
        direction: isIn ? 'in' : 'out',
        amount: t.amount,
        seq: t.seq,
        asset: views.get(t.assetId)!,
        counterpart: counterpartOf(other, refs, views.get(t.assetId)!),
        kind: t.kind,
        memo: t.memo,
        tip: tip ? { kind: tip.targetKind, id: tip.targetId, postId: tip.postId, conversationId: tip.conversationId } : null,
        createdAt: toIso(t.createdAt),
      };
    });
  }
}

/** Who is on the other side: a member, or the community's side of the ledger named by its role. */
function counterpartOf(
  account: Account | undefined,
  refs: Map<string, { id: string; displayName: string; avatarUrl: string | null }>,
  asset: AssetView,
): Counterpart {
  if (!account) return { type: 'system', label: 'unknown' };
  if (account.ownerMemberId) {
    const member = refs.get(account.ownerMemberId);
    return member ? { type: 'member', member } : { type: 'system', label: 'erased' };
  }
  if (account.kind === 'wallet') return { type: 'system', label: 'erased' };
  // A chip's issuance is its issuer minting; points' issuance is the community granting.
  if (account.kind === 'issuance') return asset.issuer ? { type: 'member', member: asset.issuer } : { type: 'system', label: 'community' };
  if (account.kind === 'escrow') return { type: 'system', label: 'escrow' };
  return { type: 'system', label: account.label ?? 'community' };
}
