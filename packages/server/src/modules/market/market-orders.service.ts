import type { MarketFillBody, MarketFillResult, MarketOrder, MarketOrderBody } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Asset } from '../ledger/index.js';
import type { MarketDeps } from './market.deps.js';
import { MarketOrderFilled } from './market.events.js';
import { EXPIRE_MARKET_ORDER_JOB } from './market.jobs.js';
import {
  closeOrder,
  findOrder,
  insertFill,
  insertOrder,
  setHold,
  takeUnits,
  type MarketFillRow,
  type MarketOrderRow,
} from './market.repository.js';
import { assertInBand, assertOpenOrders, assertVolume, marketRefusal } from './market-safeguards.js';
import type { MarketSettingsStore } from './market-settings.js';
import { mayTrade } from './market-trust.js';
import type { MarketViews } from './market-views.js';

/** The system account of each asset that order holds name as their payee: the market, until a taker comes. */
export const MARKET_ACCOUNT = 'market';

const notFound = () => new AppError('market_order_not_found', 404);
const isStaff = (actor: Actor) => actor.role === 'admin' || actor.role === 'owner';
const memoOf = (o: Pick<MarketOrderRow, 'quantity' | 'price'>, asset: Asset, priceAsset: Asset) =>
  `${o.quantity} ${asset.code} @ ${o.price} ${priceAsset.code}`;

/**
 * Orders between members. Posting holds the units in the ledger's escrow (a hold from the
 * seller's wallet); a fill takes k units by one conditional UPDATE of the order row (so
 * racing fills and a cancel cannot take more than is left), then in the same transaction
 * releases the hold, moves k units seller → taker and k × price taker → seller, and holds
 * the rest again. So the escrow always equals the units left on open orders.
 */
export class MarketOrders {
  constructor(
    private readonly deps: MarketDeps,
    private readonly settings: MarketSettingsStore,
    private readonly views: MarketViews,
  ) {}

  /**
   * Why the caller may not trade right now (a refusal code), or null: mutes and bans in
   * force, and the minimum trust (`mayTrade`).
   */
  async whyNot(actor: Actor): Promise<string | null> {
    const { platform, members } = this.deps;
    try {
      await platform.restrictions.assertMayWrite(actor.memberId);
    } catch (error) {
      if (error instanceof AppError) return error.code;
      throw error;
    }
    const standing = await members.standingOf(actor.memberId);
    return mayTrade(actor, standing?.joinedAt ?? null, await this.settings.get(), platform.clock.now());
  }

  /** @throws member_muted (403) or the trust refusal (422) */
  private async assertMayTrade(actor: Actor): Promise<void> {
    await this.deps.platform.restrictions.assertMayWrite(actor.memberId);
    const why = await this.whyNot(actor);
    if (why) throw marketRefusal(why);
  }

  /**
   * Posts an order: in one transaction the units move from the seller's wallet into escrow
   * (a hold), the order is written with its expiry job. Nothing changes when refused.
   * @throws unknown_asset (404); market_trust_too_low, market_account_too_new, market_price_out_of_band,
   *   market_daily_volume_reached, market_open_orders_reached, insufficient_balance, asset_frozen,
   *   account_frozen (422); member_muted (403)
   */
  async create(actor: Actor, body: MarketOrderBody): Promise<MarketOrder> {
    const { ledger, platform } = this.deps;
    const asset = await ledger.getAsset(platform.db, body.assetId);
    const priceAsset = await ledger.getAsset(platform.db, body.priceAssetId);
    if (asset.frozen || priceAsset.frozen) throw marketRefusal('asset_frozen');
    await this.assertMayTrade(actor);
    const settings = await this.settings.get();
    const row = await withTransaction(platform.db, async (tx) => {
      const now = platform.clock.now();
      await assertOpenOrders(tx, settings, actor.memberId);
      await assertVolume(tx, settings, actor.memberId, asset.id, body.quantity, now);
      await assertInBand(tx, settings, asset.id, priceAsset.id, body.price);
      const row: MarketOrderRow = {
        id: platform.ids.next(),
        sellerId: actor.memberId,
        assetId: asset.id,
        priceAssetId: priceAsset.id,
        price: body.price,
        quantity: body.quantity,
        remaining: body.quantity,
        holdId: null,
        status: 'open',
        expiresAt: now + body.expiresInDays * DAY_MS,
        createdAt: now,
        closedAt: null,
        closedBy: null,
      };
      row.holdId = await this.holdUnits(tx, row, body.quantity, memoOf(row, asset, priceAsset), actor.memberId);
      await insertOrder(tx, row);
      await platform.jobs.enqueue(tx, EXPIRE_MARKET_ORDER_JOB, { orderId: row.id }, { runAt: row.expiresAt });
      return row;
    });
    return (await this.views.orders(actor, [row]))[0]!;
  }

  /**
   * Fills `quantity` units (≤ what is left) at the order's price: in one transaction the
   * taker pays quantity × price to the seller and receives the units out of escrow; the
   * seller is told. The body repeats the price the taker saw.
   * @throws market_order_not_found (404); market_order_closed, market_order_expired, market_order_short,
   *   market_price_changed (409); market_self_trade, market_blocked, market_daily_volume_reached,
   *   insufficient_balance, account_frozen, asset_frozen and the trust refusals (422); member_muted (403)
   */
  async fill(actor: Actor, orderId: string, body: MarketFillBody): Promise<MarketFillResult> {
    const { ledger, people, platform } = this.deps;
    const seen = await findOrder(platform.db, orderId);
    if (!seen) throw notFound();
    if (seen.sellerId === actor.memberId) throw marketRefusal('market_self_trade');
    this.assertFillable(seen, platform.clock.now(), body.quantity);
    if (body.price !== seen.price) throw marketRefusal('market_price_changed', { price: seen.price });
    await this.assertMayTrade(actor);
    if (!seen.sellerId) throw marketRefusal('market_order_closed');
    const sellerId = seen.sellerId;
    if (await people.blockedEither(actor.memberId, sellerId)) throw marketRefusal('market_blocked');
    const settings = await this.settings.get();
    const asset = await ledger.getAsset(platform.db, seen.assetId);
    const priceAsset = await ledger.getAsset(platform.db, seen.priceAssetId);
    const { order, fill } = await withTransaction(platform.db, async (tx) => {
      const now = platform.clock.now();
      await assertVolume(tx, settings, actor.memberId, asset.id, body.quantity, now);
      if (!(await takeUnits(tx, orderId, body.quantity, now))) {
        this.assertFillable((await findOrder(tx, orderId))!, now, body.quantity);
        throw marketRefusal('market_order_closed');
      }
      // Read after taking: the row is ours now, so this is the hold no one else can replace.
      const taken = (await findOrder(tx, orderId))!;
      const memo = memoOf({ quantity: body.quantity, price: seen.price }, asset, priceAsset);
      await ledger.release(tx, taken.holdId!, { memo, initiatorId: actor.memberId });
      await ledger.transferBatch(
        tx,
        [
          { assetId: asset.id, from: { memberId: sellerId }, to: { memberId: actor.memberId }, amount: body.quantity, kind: 'market_fill' },
          {
            assetId: priceAsset.id,
            from: { memberId: actor.memberId },
            to: { memberId: sellerId },
            amount: body.quantity * seen.price,
            kind: 'market_fill',
          },
        ],
        { memo, initiatorId: actor.memberId },
      );
      const holdId =
        taken.remaining > 0 ? await this.holdUnits(tx, taken, taken.remaining, memoOf(taken, asset, priceAsset), actor.memberId) : null;
      await setHold(tx, orderId, holdId, holdId === null ? now : undefined);
      const fillId = platform.ids.next();
      const fill: MarketFillRow = {
        id: fillId,
        orderId,
        sellerId,
        takerId: actor.memberId,
        assetId: asset.id,
        priceAssetId: priceAsset.id,
        quantity: body.quantity,
        price: seen.price,
        createdAt: now,
      };
      await insertFill(tx, fill);
      await platform.events.emit(tx, MarketOrderFilled, {
        orderId,
        fillId,
        sellerId,
        takerId: actor.memberId,
        summary: `${body.quantity} ${asset.name} → ${body.quantity * seen.price} ${priceAsset.name}`,
        filled: taken.remaining === 0,
        at: now,
      });
      return { order: (await findOrder(tx, orderId))!, fill };
    });
    const [view] = await this.views.orders(actor, [order]);
    return { order: view!, fill: (await this.views.fills([fill]))[0]! };
  }

  /**
   * Cancels an open order: the units left go back to the seller. Its seller, or an admin
   * (moderation; recorded in the audit log with the order's terms).
   * @throws market_order_not_found (404), market_order_not_yours (403), market_order_closed (409)
   */
  async cancel(actor: Actor, orderId: string): Promise<MarketOrder> {
    const { platform } = this.deps;
    const seen = await findOrder(platform.db, orderId);
    if (!seen) throw notFound();
    const mine = seen.sellerId === actor.memberId;
    if (!mine && !isStaff(actor)) throw marketRefusal('market_order_not_yours');
    const order = await withTransaction(platform.db, async (tx) => {
      const now = platform.clock.now();
      const closed = await this.close(tx, orderId, 'cancelled', actor.memberId, now);
      if (!closed) throw marketRefusal('market_order_closed', { status: (await findOrder(tx, orderId))!.status });
      if (!mine) {
        await platform.audit.record(tx, {
          actorId: actor.memberId,
          action: 'market.order_cancel',
          targetKind: 'market_order',
          targetId: orderId,
          before: { status: 'open', remaining: closed.remaining, sellerId: closed.sellerId },
          after: { status: 'cancelled' },
        });
      }
      return (await findOrder(tx, orderId))!;
    });
    return (await this.views.orders(actor, [order]))[0]!;
  }

  /** The expiry job: an order still open at its expiry closes and its units go back. Does nothing otherwise. */
  async expire(orderId: string): Promise<boolean> {
    const { platform } = this.deps;
    return withTransaction(platform.db, async (tx) => {
      const now = platform.clock.now();
      return (await this.close(tx, orderId, 'expired', 'system', now, now)) !== null;
    });
  }

  /** Closes an open order and releases its hold: the closed row, or null when it was not open (or not yet due). */
  private async close(tx: Tx, orderId: string, status: 'cancelled' | 'expired', by: string, now: number, dueAt?: number) {
    if (!(await closeOrder(tx, orderId, status, by, now, dueAt))) return null;
    // Read after the UPDATE: the row is ours now, so no fill can have replaced this hold.
    const closed = (await findOrder(tx, orderId))!;
    const asset = await this.deps.ledger.getAsset(tx, closed.assetId);
    const priceAsset = await this.deps.ledger.getAsset(tx, closed.priceAssetId);
    await this.deps.ledger.release(tx, closed.holdId!, {
      memo: memoOf(closed, asset, priceAsset),
      ...(by === 'system' ? {} : { initiatorId: by }),
    });
    await setHold(tx, orderId, null);
    return closed;
  }

  private async holdUnits(tx: Tx, order: MarketOrderRow, amount: number, memo: string, initiatorId: string): Promise<string> {
    const { ledger } = this.deps;
    const market = await ledger.systemAccountOf(tx, order.assetId, MARKET_ACCOUNT);
    const hold = await ledger.hold(tx, {
      assetId: order.assetId,
      from: { memberId: order.sellerId! },
      to: { accountId: market.id },
      amount,
      memo,
      initiatorId,
    });
    return hold.id;
  }

  private assertFillable(order: MarketOrderRow, now: number, quantity: number): void {
    if (order.status !== 'open') throw marketRefusal('market_order_closed', { status: order.status });
    if (order.expiresAt <= now) throw marketRefusal('market_order_expired');
    if (quantity > order.remaining) throw marketRefusal('market_order_short', { remaining: order.remaining });
  }
}
