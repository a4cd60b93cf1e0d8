import type { LedgerAudit, Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, conflict, invalid, refused } from '../../platform/errors/app-error.js';
import { countMint, insertAsset } from './ledger.assets.js';
import { auditLedger } from './ledger.audit.js';
import { LedgerCore } from './ledger.core.js';
import { anonymiseLedgerOwner } from './ledger.erasure.js';
import { assertAmount } from './ledger.errors.js';
import { LedgerHolds, type ReleaseOptions, type SettleOptions } from './ledger.holds.js';
import { LedgerConsole } from './ledger.console.js';
import { LedgerStats } from './ledger.stats.js';
import {
  findAccount,
  findAccounts,
  findAsset,
  findAssets,
  findPointsAsset,
  findReversalOf,
  findTransfer,
  findWalletsOf,
  historyPage,
  toAsset,
} from './ledger.repository.js';
import {
  IRREVERSIBLE_KINDS,
  MAX_AMOUNT,
  RESERVED_KINDS,
  TRANSFER_KIND,
  type Account,
  type Asset,
  type BurnInput,
  type Hold,
  type HoldInput,
  type MintInput,
  type NewAssetInput,
  type Transfer,
  type TransferInput,
  type TransferMeta,
} from './ledger.types.js';

const POINTS_NAMES: Record<Locale, string> = { 'zh-TW': '積分', 'zh-CN': '积分', en: 'Points' };

/**
 * The ledger: every point and chip, and every movement of one (ARCHITECTURE "The ledger").
 * Operations take the caller's transaction (`DbOrTx`), so a tip, a redemption or an order
 * writes its own rows and its transfers atomically; given the database instead, each runs
 * in its own transaction. Holds (escrow) are on `holds`-named methods here too.
 */
export class LedgerService {
  private readonly core: LedgerCore;
  private readonly holds: LedgerHolds;
  /** Read-only figures for pages that show an asset (supply, holders, recent movements). */
  readonly stats = new LedgerStats();
  /** Read-only views for the economy console and transparency (circulation, flows, chain checks). */
  readonly console = new LedgerConsole();

  constructor(private readonly platform: Platform) {
    this.core = new LedgerCore(platform);
    this.holds = new LedgerHolds(this.core);
  }

  // Assets

  /**
   * The community's points asset, made on first call (code `POINTS`, uncapped, named in the
   * community's language). Idempotent, also across nodes racing at boot.
   */
  async ensurePointsAsset(db: DbOrTx = this.platform.db, locale: Locale = 'en'): Promise<Asset> {
    return this.core.inTx(db, async (tx) => {
      const existing = await findPointsAsset(tx);
      if (existing) return toAsset(existing);
      return insertAsset(tx, this.core, { code: 'POINTS', name: POINTS_NAMES[locale], kind: 'points' });
    });
  }

  /**
   * A new asset with its issuance account (floor −cap) and escrow account. Policy (who may
   * issue a chip) belongs to the caller.
   * @throws invalid_input (code: invalid_asset_code, amounts), asset_code_taken, chip_exists (409)
   */
  async createAsset(db: DbOrTx, input: NewAssetInput): Promise<Asset> {
    return this.core.inTx(db, (tx) => insertAsset(tx, this.core, input));
  }

  /** @throws unknown_asset (404) */
  async getAsset(db: DbOrTx, assetId: string): Promise<Asset> {
    const row = await findAsset(db, assetId);
    if (!row) throw new AppError('unknown_asset', 404);
    return toAsset(row);
  }

  /**
   * Changes the cap; the issuance account's floor follows in the same transaction.
   * @throws unknown_asset, cap_below_supply (422), invalid_input
   */
  async setSupplyCap(db: DbOrTx, assetId: string, supplyCap: number | null): Promise<Asset> {
    if (supplyCap !== null && supplyCap !== 0) assertAmount(supplyCap, 'supplyCap');
    return this.core.inTx(db, async (tx) => {
      // Lock order: the asset row before accounts (as mint does).
      const updated = await tx
        .updateTable('asset')
        .set({ supplyCap, updatedAt: this.platform.clock.now() })
        .where('id', '=', assetId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new AppError('unknown_asset', 404);
      const floor = -(supplyCap ?? MAX_AMOUNT);
      const issuance = await tx
        .updateTable('account')
        .set({ minBalance: floor })
        .where('assetId', '=', assetId)
        .where('kind', '=', 'issuance')
        .where('balance', '>=', floor)
        .executeTakeFirst();
      if (Number(issuance.numUpdatedRows) === 0) throw refused('cap_below_supply');
      return this.getAsset(tx, assetId);
    });
  }

  /** @throws unknown_asset, invalid_input */
  async setDailyMintLimit(db: DbOrTx, assetId: string, limit: number | null): Promise<void> {
    if (limit !== null) assertAmount(limit, 'dailyMintLimit');
    const updated = await db
      .updateTable('asset')
      .set({ dailyMintLimit: limit, updatedAt: this.platform.clock.now() })
      .where('id', '=', assetId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('unknown_asset', 404);
  }

  /** A frozen asset moves only by reversals and hold releases. @throws unknown_asset */
  async freezeAsset(db: DbOrTx, assetId: string, frozen: boolean): Promise<void> {
    const updated = await db
      .updateTable('asset')
      .set({ frozen: frozen ? 1 : 0, updatedAt: this.platform.clock.now() })
      .where('id', '=', assetId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('unknown_asset', 404);
  }

  // Accounts

  /** The member's wallet of an asset (made, empty, on first use). @throws unknown_asset, unknown_member */
  async walletOf(db: DbOrTx, memberId: string, assetId: string): Promise<Account> {
    return this.core.inTx(db, async (tx) => (await findAccount(tx, await this.core.accounts.walletId(tx, memberId, assetId)))!);
  }

  /** An asset's system account for a purpose (`fees`, `expiry` …; also `issuance`, `escrow`). @throws unknown_asset */
  async systemAccountOf(db: DbOrTx, assetId: string, label: string): Promise<Account> {
    return this.core.inTx(db, async (tx) => (await findAccount(tx, await this.core.accounts.systemId(tx, assetId, label)))!);
  }

  /** Every wallet the member has (one per asset ever held, empty ones included), with its asset. */
  walletsOf(db: DbOrTx, memberId: string): Promise<{ account: Account; asset: Asset }[]> {
    return findWalletsOf(db, memberId);
  }

  /** The listed accounts that exist (for naming counterparts in histories). */
  accountsByIds(db: DbOrTx, ids: readonly string[]): Promise<Account[]> {
    return findAccounts(db, ids);
  }

  /** The listed assets that exist. */
  assetsByIds(db: DbOrTx, ids: readonly string[]): Promise<Asset[]> {
    return findAssets(db, ids);
  }

  /** @throws unknown_account (404) */
  async getAccount(db: DbOrTx, accountId: string): Promise<Account> {
    const account = await findAccount(db, accountId);
    if (!account) throw new AppError('unknown_account', 404);
    return account;
  }

  /**
   * An account's transfers, newest first, `limit` (1–100, default 20) per page, following
   * its history list: pages never skip or repeat a transfer, whatever is written meanwhile.
   * `cursor` is the previous page's `nextCursor`.
   * @throws unknown_account (404), invalid_input (cursor)
   */
  async history(
    db: DbOrTx,
    accountId: string,
    options: { cursor?: string | null; limit?: number } = {},
  ): Promise<{ items: Transfer[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
    const account = await this.getAccount(db, accountId);
    const from = options.cursor ?? account.lastTransferId;
    if (!from) return { items: [], nextCursor: null };
    const page = await historyPage(db, accountId, from, limit);
    if (page.items[0]?.id !== from) throw invalid('cursor', 'invalid_format');
    return { items: page.items.map(({ debitPrevId: _d, creditPrevId: _c, ...t }) => t), nextCursor: page.next };
  }

  /** A frozen account neither pays nor receives, except reversals and hold releases. @throws unknown_account */
  async freezeAccount(db: DbOrTx, accountId: string, frozen: boolean): Promise<void> {
    const updated = await db
      .updateTable('account')
      .set({ frozen: frozen ? 1 : 0 })
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppError('unknown_account', 404);
  }

  // Movements

  /**
   * Moves `amount` between two accounts of one asset: the debit only while the balance
   * stays at or above its floor (zero for wallets), checked in the UPDATE itself.
   * @throws invalid_input (amount: invalid_amount; kind: invalid_kind), same_account,
   *   insufficient_balance, asset_frozen, account_frozen, asset_mismatch, balance_overflow (422),
   *   unknown_asset, unknown_account, unknown_member (404), idempotency_conflict (422)
   */
  async transfer(db: DbOrTx, input: TransferInput): Promise<Transfer> {
    const [transfer] = await this.transferBatch(db, [input], input);
    return transfer!;
  }

  /**
   * Several transfers in one transaction, all or none (a tip and its fee, the legs of a
   * swap). With an idempotency key in `meta`, leg i is keyed `key/i`, and a retry returns
   * the original legs.
   * @throws as transfer
   */
  async transferBatch(db: DbOrTx, inputs: TransferInput[], meta: TransferMeta = {}): Promise<Transfer[]> {
    if (inputs.length === 0) return [];
    for (const input of inputs) {
      const kind = input.kind ?? 'transfer';
      if (!TRANSFER_KIND.test(kind) || (RESERVED_KINDS as readonly string[]).includes(kind)) throw invalid('kind', 'invalid_kind');
      assertAmount(input.amount);
      if ('memberId' in input.from && 'memberId' in input.to && input.from.memberId === input.to.memberId) throw refused('same_account');
    }
    const single = inputs.length === 1;
    const { accounts } = this.core;
    return this.core.inTx(db, async (tx) => {
      const legs = [];
      // The cached lookups skip a promise per step: this loop is the batch's hot path.
      for (const [i, input] of inputs.entries()) {
        const { assetId } = input;
        const debitAccountId = accounts.known(assetId, input.from) ?? (await accounts.resolve(tx, assetId, input.from));
        const creditAccountId = accounts.known(assetId, input.to) ?? (await accounts.resolve(tx, assetId, input.to));
        if (debitAccountId === creditAccountId) throw refused('same_account');
        const pairIds = [debitAccountId, creditAccountId];
        if (!accounts.knownMovable(assetId, pairIds)) await accounts.assertMovable(tx, assetId, pairIds);
        const key = single ? (meta.idempotencyKey ?? null) : meta.idempotencyKey == null ? null : `${meta.idempotencyKey}/${i}`;
        const kind = input.kind ?? 'transfer';
        const legMeta = { memo: input.memo ?? meta.memo ?? null, ...(meta.initiatorId ? { initiatorId: meta.initiatorId } : {}) };
        legs.push(this.core.leg({ kind, assetId, debitAccountId, creditAccountId, amount: input.amount, idempotencyKey: key }, legMeta));
      }
      if (meta.idempotencyKey == null) return this.core.write(tx, legs);
      const replayed = [];
      for (const leg of legs) {
        const original = await this.core.replay(tx, leg);
        if (original) replayed.push(original);
      }
      if (replayed.length === legs.length) return replayed;
      if (replayed.length > 0) throw refused('idempotency_conflict');
      return this.core.write(tx, legs);
    });
  }

  /**
   * Creates `amount` of the asset in a wallet (issuance → wallet): refused past the supply
   * cap (the issuance account's floor) and past the asset's daily mint limit (UTC days).
   * Who may mint is the caller's policy.
   * @throws supply_cap_reached, daily_mint_limit_reached, asset_frozen, account_frozen (422), unknown_asset, … as transfer
   */
  async mint(db: DbOrTx, input: MintInput): Promise<Transfer> {
    assertAmount(input.amount);
    const kind = input.kind ?? 'mint';
    if (kind !== 'mint' && kind !== 'grant') throw invalid('kind', 'invalid_kind');
    return this.core.inTx(db, async (tx) => {
      const asset = await findAsset(tx, input.assetId);
      if (!asset) throw new AppError('unknown_asset', 404);
      const issuance = await this.core.accounts.systemId(tx, asset.id, 'issuance');
      const to = await this.core.accounts.resolve(tx, asset.id, input.to);
      await this.core.accounts.assertMovable(tx, asset.id, [to]);
      const leg = this.core.leg({ kind, assetId: asset.id, debitAccountId: issuance, creditAccountId: to, amount: input.amount }, input);
      const original = await this.core.replay(tx, leg);
      if (original) return original;
      if (asset.dailyMintLimit !== null) await countMint(tx, asset.id, input.amount, this.platform.clock.now());
      const [written] = await this.core.write(tx, [leg]);
      return written!;
    });
  }

  /**
   * Destroys `amount` from a wallet (wallet → issuance): the supply shrinks.
   * @throws insufficient_balance, asset_frozen, account_frozen, … as transfer
   */
  async burn(db: DbOrTx, input: BurnInput): Promise<Transfer> {
    assertAmount(input.amount);
    const kind = input.kind ?? 'burn';
    if (kind !== 'burn' && kind !== 'deduct') throw invalid('kind', 'invalid_kind');
    return this.core.inTx(db, async (tx) => {
      const issuance = await this.core.accounts.systemId(tx, input.assetId, 'issuance');
      const from = await this.core.accounts.resolve(tx, input.assetId, input.from);
      await this.core.accounts.assertMovable(tx, input.assetId, [from]);
      return this.core.writeOne(
        tx,
        this.core.leg({ kind, assetId: input.assetId, debitAccountId: from, creditAccountId: issuance, amount: input.amount }, input),
      );
    });
  }

  /**
   * Undoes a transfer with a compensating one (`reversal_of` names it), never an edit: the
   * same amount back from its credit account — from a settled hold's payee back to the
   * payer. Frozen accounts and assets do not stop it; floors do (a spent tip cannot be
   * clawed back below zero). At most once per transfer.
   * @throws unknown_transfer (404), not_reversible (422), already_reversed (409), insufficient_balance, supply_cap_reached
   */
  async reverse(db: DbOrTx, transferId: string, meta: TransferMeta = {}): Promise<Transfer> {
    return this.core.inTx(db, async (tx) => {
      const original = await findTransfer(tx, transferId);
      if (!original) throw new AppError('unknown_transfer', 404);
      if (IRREVERSIBLE_KINDS.has(original.kind)) throw refused('not_reversible');
      let creditAccountId = original.debitAccountId;
      if (original.kind === 'settle' && original.holdId) {
        const hold = await tx.selectFrom('hold').select('payerAccountId').where('id', '=', original.holdId).executeTakeFirstOrThrow();
        creditAccountId = hold.payerAccountId;
      }
      const leg = this.core.leg(
        {
          kind: 'reversal',
          assetId: original.assetId,
          debitAccountId: original.creditAccountId,
          creditAccountId,
          amount: original.amount,
          reversalOf: original.id,
          force: true,
        },
        meta,
      );
      const replayed = await this.core.replay(tx, leg);
      if (replayed) return replayed;
      if (await findReversalOf(tx, original.id)) throw conflict('already_reversed');
      const [written] = await this.core.write(tx, [leg]);
      return written!;
    });
  }

  // Holds (two-phase escrow): see ledger.holds.ts

  /** Moves `amount` from the payer into the asset's escrow until settled or released. @throws as transfer */
  hold(db: DbOrTx, input: HoldInput): Promise<Hold> {
    return this.holds.hold(db, input);
  }

  /** Pays the payee (all, or `amount` with the rest back to the payer). @throws unknown_hold, hold_resolved, hold_expired */
  settle(db: DbOrTx, holdId: string, options?: SettleOptions): Promise<{ hold: Hold; transfers: Transfer[] }> {
    return this.holds.settle(db, holdId, options);
  }

  /** Returns the held amount to the payer. @throws unknown_hold, hold_resolved */
  release(db: DbOrTx, holdId: string, options?: ReleaseOptions): Promise<{ hold: Hold; transfer: Transfer } | null> {
    return this.holds.release(db, holdId, options);
  }

  /** @throws unknown_hold (404) */
  getHold(db: DbOrTx, holdId: string): Promise<Hold> {
    return this.holds.get(db, holdId);
  }

  // Audit and erasure

  /**
   * Recomputes every balance from the transfers and checks the ledger's invariants (see
   * LedgerAudit in the contracts). Reads one consistent snapshot.
   */
  async audit(db: DbOrTx = this.platform.db): Promise<LedgerAudit> {
    return auditLedger(db, this.platform);
  }

  /**
   * Erasure: the member's wallets lose their owner and are frozen (balances stay, so every
   * asset still sums to zero), transfers they initiated lose memo, initiator and key (the
   * chained facts stay), and a chip they issued becomes ownerless. Nothing is deleted.
   */
  async anonymiseOwner(db: DbOrTx, memberId: string): Promise<{ accounts: number; transfers: number }> {
    const result = await this.core.inTx(db, (tx) => anonymiseLedgerOwner(tx, memberId));
    this.core.accounts.forgetMember(memberId);
    return result;
  }
}
