import type { FulfilBody, PerkOrder, PerkOrderListQuery, RedeemBody, RedeemResult } from '@hearth/contracts';
import { DAY_MS } from '../../platform/clock.js';
import { withTransaction, type DbOrTx, type Tx } from '../../db/database.js';
import { AppError, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import type { PerkSettingsStore } from './perk-settings.js';
import type { PerkViews } from './perk-views.js';
import type { PerksDeps } from './perks.deps.js';
import { PerkOrderChanged } from './perks.events.js';
import { EXPIRE_ORDER_JOB } from './perks.jobs.js';
import { isMuted, precheckRedemption, refusal } from './perk-redeem-checks.js';
import { canFulfilOrder, canManagePerk, canRefundOrder, canSeeOrder, isBrandStaff } from './perks.policy.js';
import {
  claimOrder,
  countActiveOrders,
  countFulfilled,
  findOrder,
  findPerk,
  insertOrder,
  listOrders,
  perksByIds,
  reserveUnit,
  restoreUnit,
  type PerkOrderRow,
  type PerkRow,
} from './perks.repository.js';

const orderNotFound = () => new AppError('perk_order_not_found', 404);
const memoOf = (title: string, reason?: string) => (reason ? `${title} — ${reason}` : title).slice(0, 500);
/** Who is told of a brand perk's orders: the admin who listed it. */
const sellerSide = (o: Pick<PerkOrderRow, 'sellerId'>, perk: Pick<PerkRow, 'createdBy'>) =>
  [o.sellerId ?? perk.createdBy].filter((id): id is string => !!id);

type Resolution = 'declined' | 'cancelled' | 'expired';

/**
 * Orders: a redemption holds the price in the ledger's escrow and reserves one unit of
 * stock in one transaction; then exactly one of fulfil (settle to the seller), decline,
 * cancel or expiry (release to the buyer, unit back) wins, by a conditional update of the
 * order row; a fulfilled order may be refunded within the dispute window by a reversal.
 */
export class PerkOrders {
  constructor(
    private readonly deps: PerksDeps,
    private readonly settings: PerkSettingsStore,
    private readonly views: PerkViews,
  ) {}

  /**
   * Why the caller could not redeem the perk right now (a refusal code), or null. Reads
   * only; `redeem` checks again inside its transaction.
   */
  async whyNot(actor: Actor, perk: PerkRow, myActiveCount: number): Promise<string | null> {
    const now = this.deps.platform.clock.now();
    const early = await precheckRedemption(this.deps, actor, perk, now);
    if (early) return early;
    if (await isMuted(this.deps, actor)) return 'member_muted';
    if (perk.stockLeft !== null && perk.stockLeft <= 0) return 'perk_sold_out';
    if (perk.perMemberLimit !== null && myActiveCount >= perk.perMemberLimit) return 'perk_limit_reached';
    const wallet = (await this.deps.ledger.walletsOf(this.deps.platform.db, actor.memberId)).find((w) => w.asset.id === perk.assetId);
    if (wallet?.account.frozen) return 'perk_wallet_frozen';
    if ((wallet?.account.balance ?? 0) < Number(perk.price)) return 'insufficient_balance';
    return null;
  }

  /**
   * Redeems one unit: in one transaction the price moves from the caller's wallet into the
   * asset's escrow (a ledger hold payable to the seller), one unit of stock is reserved, the
   * order is written with its expiry job, and the seller is told. A tier upgrade settles at
   * once and moves the buyer to its tier. The body must repeat the price and asset the
   * caller saw. Nothing changes when refused.
   * @throws perk_not_found (404); perk_unavailable, perk_not_started, perk_ended, perk_sold_out,
   *   perk_limit_reached, perk_price_changed, perk_tier_already_held (409); perk_self_purchase,
   *   perk_blocked, perk_seller_unavailable, perk_wallet_frozen, perk_seller_frozen,
   *   insufficient_balance, asset_frozen (422); member_muted (403)
   */
  async redeem(actor: Actor, perkId: string, body: RedeemBody): Promise<RedeemResult> {
    const { ledger, members, platform } = this.deps;
    const perk = await findPerk(platform.db, perkId);
    if (!perk || (perk.status !== 'active' && !canManagePerk(actor, perk))) throw new AppError('perk_not_found', 404);
    if (perk.sellerId && (await this.deps.people.hiddenAuthorIds(actor.memberId)).has(perk.sellerId)) {
      throw refusal('perk_blocked');
    }
    const now = platform.clock.now();
    const early = await precheckRedemption(this.deps, actor, perk, now);
    if (early) throw refusal(early);
    // A mute or ban in force refuses spending, as it refuses tips (member_muted).
    await platform.restrictions.assertMayWrite(actor.memberId);
    if (body.assetId !== perk.assetId || body.price !== Number(perk.price))
      throw refusal('perk_price_changed', { price: Number(perk.price) });
    const { holdDays, disputeDays } = await this.settings.get();

    const { order, balance } = await withTransaction(platform.db, async (tx) => {
      if ((await ledger.walletOf(tx, actor.memberId, perk.assetId)).frozen) throw refusal('perk_wallet_frozen');
      if (perk.sellerId && (await ledger.walletOf(tx, perk.sellerId, perk.assetId)).frozen) throw refusal('perk_seller_frozen');
      if (!(await reserveUnit(tx, perk.id))) {
        const again = await findPerk(tx, perk.id);
        throw refusal(again?.status === 'active' ? 'perk_sold_out' : 'perk_unavailable');
      }
      if (perk.perMemberLimit !== null && (await countActiveOrders(tx, perk.id, actor.memberId)) >= perk.perMemberLimit) {
        throw refusal('perk_limit_reached', { limit: perk.perMemberLimit });
      }
      const payee = perk.sellerId
        ? { memberId: perk.sellerId }
        : { accountId: (await ledger.systemAccountOf(tx, perk.assetId, 'community')).id };
      const hold = await ledger.hold(tx, {
        assetId: perk.assetId,
        from: { memberId: actor.memberId },
        to: payee,
        amount: Number(perk.price),
        memo: memoOf(perk.title),
        initiatorId: actor.memberId,
      });
      const row: PerkOrderRow = {
        id: platform.ids.next(),
        perkId: perk.id,
        buyerId: actor.memberId,
        sellerKind: perk.sellerKind,
        sellerId: perk.sellerId,
        assetId: perk.assetId,
        price: Number(perk.price),
        holdId: hold.id,
        status: 'held',
        buyerNote: body.note ? body.note : null,
        fulfilmentCode: null,
        fulfilmentNote: null,
        fulfilmentUrl: null,
        declineReason: null,
        refundReason: null,
        settleTransferId: null,
        refundTransferId: null,
        resolvedBy: null,
        expiresAt: now + holdDays * DAY_MS,
        disputeUntil: null,
        createdAt: now,
        resolvedAt: null,
      };
      await insertOrder(tx, row);
      await platform.jobs.enqueue(tx, EXPIRE_ORDER_JOB, { orderId: row.id }, { runAt: row.expiresAt });
      await this.tell(tx, row, perk, 'redeemed', actor.memberId);
      if (perk.kind === 'tier_upgrade' && perk.tierId) {
        // A digital unlock delivers itself: paid at once, the tier granted in the same transaction.
        await this.settleOrder(tx, row, perk, { resolvedBy: 'system', fulfilmentNote: null }, disputeDays, now);
        await members.grantTier(tx, { memberId: actor.memberId, tierId: perk.tierId, actorId: null, reason: memoOf(perk.title) });
      }
      const after = (await ledger.walletOf(tx, actor.memberId, perk.assetId)).balance;
      return { order: (await findOrder(tx, row.id))!, balance: after };
    });
    if (perk.kind === 'tier_upgrade') await platform.actors.forgetMember(actor.memberId);
    return { order: await this.view(actor, order), balance };
  }

  /**
   * The seller (any admin, for the brand's perks) delivers: the escrowed price settles to
   * them, the order records what was delivered, and the buyer is told.
   * @throws perk_order_not_found (404), perk_not_yours (403), perk_order_resolved, perk_order_expired (409)
   */
  async fulfil(actor: Actor, orderId: string, body: FulfilBody): Promise<PerkOrder> {
    const { platform } = this.deps;
    const { disputeDays } = await this.settings.get();
    const order = await withTransaction(platform.db, async (tx) => {
      const { order, perk } = await this.load(tx, actor, orderId);
      if (!canFulfilOrder(actor, order)) throw new AppError('perk_not_yours', 403);
      const now = platform.clock.now();
      await this.settleOrder(
        tx,
        order,
        perk,
        {
          resolvedBy: actor.memberId,
          fulfilmentCode: body.code ?? null,
          fulfilmentNote: body.note ?? null,
          fulfilmentUrl: body.url ?? null,
        },
        disputeDays,
        now,
      );
      await this.tell(tx, order, perk, 'fulfilled', actor.memberId);
      return (await findOrder(tx, orderId))!;
    });
    return this.view(actor, order);
  }

  /** The seller declines with a reason: price back to the buyer, unit back to stock. @throws as fulfil */
  async decline(actor: Actor, orderId: string, reason: string): Promise<PerkOrder> {
    return this.release(actor, orderId, 'declined', reason, (order) => canFulfilOrder(actor, order) || new AppError('perk_not_yours', 403));
  }

  /** The buyer cancels before fulfilment: price back, unit back. @throws perk_order_not_found, perk_order_not_yours (403), perk_order_resolved (409) */
  async cancel(actor: Actor, orderId: string): Promise<PerkOrder> {
    return this.release(
      actor,
      orderId,
      'cancelled',
      undefined,
      (order) => order.buyerId === actor.memberId || new AppError('perk_order_not_yours', 403),
    );
  }

  /**
   * Within the dispute window the seller or an admin refunds a fulfilled order: a reversal
   * of the settlement (seller → buyer) with the reason. The unit is not returned to stock:
   * it was delivered.
   * @throws perk_order_not_found (404), perk_not_yours (403), perk_order_resolved,
   *   perk_refund_window_closed (409), perk_refund_insufficient (422)
   */
  async refund(actor: Actor, orderId: string, reason: string): Promise<PerkOrder> {
    const { ledger, platform } = this.deps;
    const order = await withTransaction(platform.db, async (tx) => {
      const { order, perk } = await this.load(tx, actor, orderId);
      if (!canRefundOrder(actor, order)) throw new AppError('perk_not_yours', 403);
      if (order.status !== 'fulfilled' || !order.settleTransferId) throw new AppError('perk_order_resolved', 409, { status: order.status });
      const now = platform.clock.now();
      if (order.disputeUntil === null || now > order.disputeUntil) throw new AppError('perk_refund_window_closed', 409);
      const claimed = await claimOrder(
        tx,
        orderId,
        'fulfilled',
        { status: 'refunded', refundReason: reason, resolvedBy: actor.memberId },
        { disputeOpenAt: now },
      );
      if (!claimed) throw new AppError('perk_order_resolved', 409, { status: order.status });
      let reversal;
      try {
        reversal = await ledger.reverse(tx, order.settleTransferId, { memo: memoOf(perk.title, reason), initiatorId: actor.memberId });
      } catch (error) {
        if (error instanceof AppError && error.code === 'insufficient_balance') throw refused('perk_refund_insufficient');
        throw error;
      }
      await tx.updateTable('perkOrder').set({ refundTransferId: reversal.id }).where('id', '=', orderId).execute();
      await this.tell(tx, order, perk, 'refunded', actor.memberId);
      // A refund moves value back by staff or seller decision: kept in the audit log with why.
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'perk.refund',
        targetKind: 'perk_order',
        targetId: orderId,
        reason,
        before: { status: 'fulfilled', settleTransferId: order.settleTransferId },
        after: { status: 'refunded', refundTransferId: reversal.id, amount: order.price, buyerId: order.buyerId },
      });
      return (await findOrder(tx, orderId))!;
    });
    return this.view(actor, order);
  }

  /**
   * The expiry job: an order still open at its expiry is released to the buyer and its unit
   * returned; both sides are told. Does nothing to an order resolved meanwhile (or not yet due).
   */
  async expire(orderId: string): Promise<boolean> {
    const { platform } = this.deps;
    return withTransaction(platform.db, async (tx) => {
      const order = await findOrder(tx, orderId);
      if (!order) return false;
      const perk = (await findPerk(tx, order.perkId))!;
      const now = platform.clock.now();
      const claimed = await claimOrder(tx, orderId, 'held', { status: 'expired', resolvedAt: now, resolvedBy: 'system' }, { dueAt: now });
      if (!claimed) return false;
      await this.releaseHeld(tx, order, perk, 'expired', null);
      return true;
    });
  }

  /** The caller's redemptions, or the orders they fulfil (admins: the brand's too). @throws invalid_input (query.cursor) */
  async list(actor: Actor, query: PerkOrderListQuery) {
    const db = this.deps.platform.db;
    const filter =
      query.role === 'buyer'
        ? { buyerId: actor.memberId, status: query.status }
        : { sellerId: actor.memberId, includeBrand: isBrandStaff(actor), status: query.status };
    const rows = await listOrders(db, filter, decodeCursor(query.cursor), query.limit);
    const page = toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => r,
    );
    const perks = await perksByIds(
      db,
      page.items.map((o) => o.perkId),
    );
    return { items: await this.views.orders(actor, page.items, perks), nextCursor: page.nextCursor };
  }

  /** One order for its buyer, its seller or an admin. @throws perk_order_not_found (404) */
  async get(actor: Actor, orderId: string): Promise<PerkOrder> {
    const order = await findOrder(this.deps.platform.db, orderId);
    if (!order || !canSeeOrder(actor, order)) throw orderNotFound();
    return this.view(actor, order);
  }

  // Shared steps

  private async load(tx: Tx, actor: Actor, orderId: string): Promise<{ order: PerkOrderRow; perk: PerkRow }> {
    const order = await findOrder(tx, orderId);
    if (!order || !canSeeOrder(actor, order)) throw orderNotFound();
    return { order, perk: (await findPerk(tx, order.perkId))! };
  }

  /** Claims a held, unexpired order as fulfilled and settles its hold to the seller. */
  private async settleOrder(
    tx: Tx,
    order: PerkOrderRow,
    perk: PerkRow,
    delivery: { resolvedBy: string; fulfilmentCode?: string | null; fulfilmentNote: string | null; fulfilmentUrl?: string | null },
    disputeDays: number,
    now: number,
  ): Promise<void> {
    const claimed = await claimOrder(
      tx,
      order.id,
      'held',
      {
        status: 'fulfilled',
        resolvedAt: now,
        resolvedBy: delivery.resolvedBy,
        fulfilmentCode: delivery.fulfilmentCode ?? null,
        fulfilmentNote: delivery.fulfilmentNote,
        fulfilmentUrl: delivery.fulfilmentUrl ?? null,
        disputeUntil: now + disputeDays * DAY_MS,
      },
      { beforeExpiry: now },
    );
    if (!claimed) throw await this.whyUnresolvable(tx, order.id);
    const { transfers } = await this.deps.ledger.settle(tx, order.holdId, {
      memo: memoOf(perk.title),
      ...(delivery.resolvedBy === 'system' ? {} : { initiatorId: delivery.resolvedBy }),
    });
    await tx.updateTable('perkOrder').set({ settleTransferId: transfers[0]!.id }).where('id', '=', order.id).execute();
    await countFulfilled(tx, perk.id);
  }

  private async release(
    actor: Actor,
    orderId: string,
    outcome: Exclude<Resolution, 'expired'>,
    reason: string | undefined,
    allowed: (order: PerkOrderRow) => true | AppError,
  ): Promise<PerkOrder> {
    const { platform } = this.deps;
    const order = await withTransaction(platform.db, async (tx) => {
      const { order, perk } = await this.load(tx, actor, orderId);
      const verdict = allowed(order);
      if (verdict !== true) throw verdict;
      const now = platform.clock.now();
      const patch = { status: outcome, resolvedAt: now, resolvedBy: actor.memberId, ...(reason ? { declineReason: reason } : {}) };
      if (!(await claimOrder(tx, orderId, 'held', patch, { beforeExpiry: now }))) throw await this.whyUnresolvable(tx, orderId);
      await this.releaseHeld(tx, order, perk, outcome, actor.memberId, reason);
      return (await findOrder(tx, orderId))!;
    });
    return this.view(actor, order);
  }

  /** After the order row was claimed: the price back to the buyer, the unit back to stock, the other side told. */
  private async releaseHeld(tx: Tx, order: PerkOrderRow, perk: PerkRow, outcome: Resolution, actorId: string | null, reason?: string) {
    await this.deps.ledger.release(tx, order.holdId, { memo: memoOf(perk.title, reason), ...(actorId ? { initiatorId: actorId } : {}) });
    await restoreUnit(tx, perk.id);
    await this.tell(tx, order, perk, outcome, actorId);
  }

  private async whyUnresolvable(db: DbOrTx, orderId: string): Promise<AppError> {
    const order = (await findOrder(db, orderId))!;
    if (order.status !== 'held') return new AppError('perk_order_resolved', 409, { status: order.status });
    return new AppError('perk_order_expired', 409);
  }

  private async tell(
    tx: Tx,
    order: PerkOrderRow,
    perk: PerkRow,
    event: 'redeemed' | 'fulfilled' | 'refunded' | Resolution,
    actorId: string | null,
  ) {
    const toSeller = event === 'redeemed' || event === 'cancelled' || event === 'expired';
    const toBuyer = event !== 'redeemed' && event !== 'cancelled';
    await this.deps.platform.events.emit(tx, PerkOrderChanged, {
      orderId: order.id,
      perkId: perk.id,
      title: perk.title,
      event,
      actorId,
      sellerRecipientIds: toSeller ? sellerSide(order, perk) : [],
      buyerRecipientIds: toBuyer && order.buyerId ? [order.buyerId] : [],
      at: this.deps.platform.clock.now(),
    });
  }

  private async view(actor: Actor, order: PerkOrderRow): Promise<PerkOrder> {
    const perks = await perksByIds(this.deps.platform.db, [order.perkId]);
    return (await this.views.orders(actor, [order], perks))[0]!;
  }
}
