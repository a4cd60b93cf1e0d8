import { ROLE_RANK, type ChipMovementResult } from '@hearth/contracts';
import { withTransaction, type DbOrTx, type Tx } from '../../../db/database.js';
import { AppError, conflict, forbidden, invalid, refused } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import { MAX_AMOUNT, type AccountRef, type Asset, type Transfer } from '../../ledger/index.js';
import type { EconomyDeps } from '../economy.deps.js';
import { ChipReceived } from './chips.events.js';
import { insertChipAction } from './chips.repository.js';

/** The brand treasury: the system account brand chips are minted into and given from. */
export const BRAND_TREASURY = 'treasury';

/**
 * Minting, giving and airdropping chips (issuer side), and freezing them (owners). Every
 * movement is a ledger operation; a refusal changes nothing, an airdrop is all or none.
 */
export class ChipMovementsService {
  constructor(private readonly deps: EconomyDeps) {}

  /**
   * Mints into the issuer's side: the issuer's wallet, or the brand treasury.
   * @throws forbidden (not the issuer), not_a_chip, chip_frozen, chip_cap_reached, chip_daily_limit_reached (422), unknown_asset (404)
   */
  async mint(actor: Actor, assetId: string, body: { amount: number; note?: string | undefined }): Promise<ChipMovementResult> {
    return withTransaction(this.deps.platform.db, async (tx) => {
      const asset = await this.issuerAsset(tx, actor, assetId);
      const side = await this.issuerSide(tx, asset);
      await this.assertMintable(tx, asset, body.amount);
      const transfer = await chipRefusals(() =>
        this.deps.ledger.mint(tx, { assetId, to: side, amount: body.amount, memo: body.note ?? null, initiatorId: actor.memberId }),
      );
      return this.result(tx, asset, side, [{ transfer, toMemberId: asset.issuerMemberId }]);
    });
  }

  /**
   * Gives chips from the issuer's side to a member, with a note; the member is told.
   * @throws as mint, and unknown_member (404), chip_self, chip_recipient_unavailable, chip_recipient_blocked,
   *   chip_recipient_frozen, insufficient_balance (422)
   */
  async give(
    actor: Actor,
    assetId: string,
    body: { memberId: string; amount: number; note?: string | undefined },
  ): Promise<ChipMovementResult> {
    const db = this.deps.platform.db;
    await this.assertRecipient(actor, await this.issuerAsset(db, actor, assetId), body.memberId);
    return withTransaction(db, async (tx) => {
      const asset = await this.issuerAsset(tx, actor, assetId);
      const side = await this.issuerSide(tx, asset);
      if (asset.frozen) throw refused('chip_frozen');
      await this.assertWalletOpen(tx, asset, body.memberId);
      const note = body.note?.trim() || null;
      const transfer = await chipRefusals(() =>
        this.deps.ledger.transfer(tx, {
          assetId,
          from: side,
          to: { memberId: body.memberId },
          amount: body.amount,
          kind: 'gift',
          memo: note,
          initiatorId: actor.memberId,
        }),
      );
      await this.tell(tx, actor, asset, body.memberId, body.amount, note);
      return this.result(tx, asset, side, [{ transfer, toMemberId: body.memberId }]);
    });
  }

  /**
   * Mints `amount` to each listed member in one transaction: every recipient is checked
   * first, the whole drop must fit the cap and today's limit, and any refusal leaves
   * nothing minted. Each recipient is told.
   * @throws as give, and invalid_input (the total beyond 2^53 − 1)
   */
  async airdrop(
    actor: Actor,
    assetId: string,
    body: { memberIds: string[]; amount: number; note?: string | undefined },
  ): Promise<ChipMovementResult> {
    const total = body.amount * body.memberIds.length;
    if (!Number.isSafeInteger(total) || total > MAX_AMOUNT) throw invalid('amount', 'invalid_amount');
    const db = this.deps.platform.db;
    const checked = await this.issuerAsset(db, actor, assetId);
    for (const memberId of body.memberIds) await this.assertRecipient(actor, checked, memberId);
    return withTransaction(db, async (tx) => {
      const asset = await this.issuerAsset(tx, actor, assetId);
      const side = await this.issuerSide(tx, asset);
      if (asset.frozen) throw refused('chip_frozen');
      for (const memberId of body.memberIds) await this.assertWalletOpen(tx, asset, memberId);
      await this.assertMintable(tx, asset, total);
      const note = body.note?.trim() || null;
      const legs: { transfer: Transfer; toMemberId: string }[] = [];
      for (const memberId of body.memberIds) {
        const transfer = await chipRefusals(() =>
          this.deps.ledger.mint(tx, { assetId, to: { memberId }, amount: body.amount, memo: note, initiatorId: actor.memberId }),
        );
        legs.push({ transfer, toMemberId: memberId });
      }
      for (const memberId of body.memberIds) await this.tell(tx, actor, asset, memberId, body.amount, note);
      return this.result(tx, asset, side, legs);
    });
  }

  /**
   * Freezes or unfreezes a chip, recording who did it and why (chip_action). While frozen
   * it is not minted, given, tipped or transferred.
   * @throws not_a_chip (422), chip_already_frozen, chip_not_frozen (409), unknown_asset (404)
   */
  async setFrozen(actor: Actor, assetId: string, frozen: boolean, reason: string): Promise<void> {
    const { ledger, platform } = this.deps;
    await withTransaction(platform.db, async (tx) => {
      const asset = await ledger.getAsset(tx, assetId);
      if (asset.kind !== 'chip') throw refused('not_a_chip');
      if (asset.frozen === frozen) throw conflict(frozen ? 'chip_already_frozen' : 'chip_not_frozen');
      await ledger.freezeAsset(tx, assetId, frozen);
      await insertChipAction(tx, {
        id: platform.ids.next(),
        assetId,
        action: frozen ? 'frozen' : 'unfrozen',
        actorId: actor.memberId,
        reason,
        createdAt: platform.clock.now(),
      });
    });
  }

  /** The chip, when the caller is its issuer (or staff, for a brand chip). */
  private async issuerAsset(tx: DbOrTx, actor: Actor, assetId: string): Promise<Asset> {
    const asset = await this.deps.ledger.getAsset(tx, assetId);
    if (asset.kind !== 'chip') throw refused('not_a_chip');
    if (!canIssue(actor, asset)) throw forbidden();
    return asset;
  }

  private async issuerSide(tx: Tx, asset: Asset): Promise<AccountRef> {
    if (asset.issuerMemberId) return { memberId: asset.issuerMemberId };
    return { accountId: (await this.deps.ledger.systemAccountOf(tx, asset.id, BRAND_TREASURY)).id };
  }

  /** Refuses with what is left, before the ledger would refuse without saying it. */
  private async assertMintable(tx: Tx, asset: Asset, amount: number): Promise<void> {
    if (asset.frozen) throw refused('chip_frozen');
    const stats = (await this.deps.ledger.stats.statsOf(tx, [asset.id], this.deps.platform.clock.now())).get(asset.id)!;
    if (asset.supplyCap !== null && stats.supply + amount > asset.supplyCap) {
      throw refused('chip_cap_reached', { cap: asset.supplyCap, remaining: Math.max(asset.supplyCap - stats.supply, 0) });
    }
    if (asset.dailyMintLimit !== null && stats.mintedToday + amount > asset.dailyMintLimit) {
      throw refused('chip_daily_limit_reached', {
        limit: asset.dailyMintLimit,
        remaining: Math.max(asset.dailyMintLimit - stats.mintedToday, 0),
      });
    }
  }

  /**
   * Who may receive: a known, active (or muted) member other than the giver, with no block
   * either way. Read through the main connection, so before the transaction (as tips do).
   */
  private async assertRecipient(actor: Actor, asset: Asset, memberId: string): Promise<void> {
    if (memberId === asset.issuerMemberId || memberId === actor.memberId) throw refused('chip_self');
    const member = await this.deps.members.findById(this.deps.platform.db, memberId);
    if (!member) throw new AppError('unknown_member', 404, { memberId });
    if (member.status !== 'active' && member.status !== 'muted') throw refused('chip_recipient_unavailable', { name: member.displayName });
    if (asset.issuerMemberId && (await this.deps.people.blockedEither(asset.issuerMemberId, memberId))) {
      throw refused('chip_recipient_blocked', { name: member.displayName });
    }
  }

  private async assertWalletOpen(tx: Tx, asset: Asset, memberId: string): Promise<void> {
    if ((await this.deps.ledger.walletOf(tx, memberId, asset.id)).frozen) {
      const name = (await this.deps.members.findById(tx, memberId))?.displayName ?? '';
      throw refused('chip_recipient_frozen', { name });
    }
  }

  private async tell(tx: Tx, actor: Actor, asset: Asset, recipientId: string, amount: number, note: string | null): Promise<void> {
    const at = this.deps.platform.clock.now();
    await this.deps.platform.events.emit(tx, ChipReceived, {
      recipientId,
      giverId: actor.memberId,
      code: asset.code,
      chipName: asset.name,
      amount,
      note,
      at,
    });
  }

  private async result(
    tx: Tx,
    asset: Asset,
    side: AccountRef,
    legs: { transfer: Transfer; toMemberId: string | null }[],
  ): Promise<ChipMovementResult> {
    const { ledger, platform } = this.deps;
    const account = 'accountId' in side ? await ledger.getAccount(tx, side.accountId) : await ledger.walletOf(tx, side.memberId, asset.id);
    const stats = (await ledger.stats.statsOf(tx, [asset.id], platform.clock.now())).get(asset.id)!;
    return {
      transfers: legs.map((l) => ({ id: l.transfer.id, amount: l.transfer.amount, toMemberId: l.toMemberId })),
      issuerBalance: account.balance,
      supply: stats.supply,
    };
  }
}

/** Whether the actor acts for the chip's issuer: the issuing member, or staff for a brand chip. */
export function canIssue(actor: Actor, asset: Asset): boolean {
  if (asset.kind !== 'chip' || actor.status === 'banned') return false;
  if (asset.issuerMemberId) return asset.issuerMemberId === actor.memberId;
  return ROLE_RANK[actor.role] >= ROLE_RANK.admin;
}

/**
 * A frozen chip refused by the ledger itself (frozen meanwhile) reads as a chip refusal; the
 * ledger's other refusals (a frozen wallet, the cap or the day's limit reached in a race)
 * keep their own translated codes.
 */
async function chipRefusals<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'asset_frozen') throw refused('chip_frozen');
    throw error;
  }
}
