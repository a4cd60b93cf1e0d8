/**
 * Perk orders over HTTP: fulfil, decline, cancel, refund and expiry, who may do each, the
 * fulfil/cancel race, concurrent redemptions of the last units, and tier upgrades that
 * deliver themselves. After each the ledger audit passes (escrow = open holds).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { DAY_MS, type ManualClock } from '../../platform/clock.js';
import { key, perkCommunity, type Who } from './perks.test-support.js';

describe('perks: orders', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: Who;
  let pointsId: string;
  let clock: ManualClock;
  let h: Awaited<ReturnType<typeof perkCommunity>>;
  const order = (who: Who, id: string, action: string, body?: unknown) => who.client.post(`/api/perk-orders/${id}/${action}`, body, key());

  before(async () => {
    h = await perkCommunity();
    ({ app, owner, admin, pointsId, clock } = h);
    assert.equal((await owner.patch('/api/admin/perks/settings', { sellerMinTierRank: 0, holdDays: 7, disputeDays: 14 })).status, 200);
  });
  after(() => app.close());

  it('walks the role matrix: buyer, seller, other member, admin', async () => {
    const seller = await h.buyer('Seller', 0);
    const perk = await h.listPerk(seller.client, { title: 'Shout-out', kind: 'shoutout', stock: 3 });
    const buyer = await h.buyer('Buyer');
    const other = await h.buyer('Other');
    const id = (await h.redeem(buyer, perk)).body.order.id;

    await h.refusedUnchanged(() => other.client.get(`/api/perk-orders/${id}`), 404, 'perk_order_not_found');
    for (const action of ['fulfil', 'decline', 'cancel', 'refund']) {
      const body = action === 'fulfil' ? { note: 'x' } : action === 'cancel' ? undefined : { reason: 'x' };
      await h.refusedUnchanged(() => order(other, id, action, body), 404, 'perk_order_not_found');
    }
    await h.refusedUnchanged(() => order(buyer, id, 'fulfil', { code: 'SELF' }), 403, 'perk_not_yours');
    await h.refusedUnchanged(() => order(buyer, id, 'decline', { reason: 'no' }), 403, 'perk_not_yours');
    await h.refusedUnchanged(() => order(seller, id, 'cancel'), 403, 'perk_order_not_yours');
    await h.refusedUnchanged(() => order(admin, id, 'fulfil', { note: 'admin' }), 403, 'perk_not_yours');
    await h.refusedUnchanged(() => order(seller, id, 'fulfil', {}), 400, 'invalid_input');
    await h.refusedUnchanged(() => order(seller, id, 'decline', { reason: '' }), 400, 'invalid_input');
    await h.refusedUnchanged(() => order(seller, id, 'refund', { reason: 'early' }), 409, 'perk_order_resolved');
    assert.equal((await admin.client.get(`/api/perk-orders/${id}`)).status, 200, 'admins see every order');

    const done = await order(seller, id, 'fulfil', { note: 'Posted on Friday’s stream', url: 'https://example.com/clip' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.status, 'fulfilled');
    assert.equal(await h.balance(seller), 100, 'paid once, to the seller');
    assert.equal(await h.balance(buyer), 900);
    await h.refusedUnchanged(() => order(seller, id, 'fulfil', { note: 'again' }), 409, 'perk_order_resolved');
    await h.refusedUnchanged(() => order(buyer, id, 'cancel'), 409, 'perk_order_resolved');
    const seen = (await buyer.client.get(`/api/perk-orders/${id}`)).body;
    assert.deepEqual(seen.fulfilment, { code: null, note: 'Posted on Friday’s stream', url: 'https://example.com/clip' });
    const sellerIn = (await seller.client.get('/api/wallet/history')).body.items[0];
    assert.deepEqual([sellerIn.kind, sellerIn.direction, sellerIn.amount], ['settle', 'in', 100]);
    assert.equal(sellerIn.counterpart.member?.displayName, 'Buyer', 'the counterpart is the buyer, not the escrow');
    const buyerOut = (await buyer.client.get('/api/wallet/history')).body.items[0];
    assert.equal(buyerOut.counterpart.member?.displayName, 'Seller');

    // Refund within the window: by the seller, with a reason; the reversal shows in both histories.
    const refunded = await order(seller, id, 'refund', { reason: 'Stream was cancelled' });
    assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
    assert.deepEqual([refunded.body.status, refunded.body.refundReason], ['refunded', 'Stream was cancelled']);
    assert.deepEqual([await h.balance(seller), await h.balance(buyer)], [0, 1000]);
    const back = (await buyer.client.get('/api/wallet/history')).body.items[0];
    assert.deepEqual([back.kind, back.direction, back.memo], ['reversal', 'in', 'Shout-out — Stream was cancelled']);
    await h.refusedUnchanged(() => order(admin, id, 'refund', { reason: 'twice' }), 409, 'perk_order_resolved');
    await h.runJobs();
    const told = (await buyer.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'perk_redemption');
    assert.deepEqual(told.map((n: any) => n.perkEvent).sort(), ['fulfilled', 'refunded']);
    const sellerTold = (await seller.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'perk_order');
    assert.deepEqual(
      sellerTold.map((n: any) => [n.perkEvent, n.actor?.displayName]),
      [['redeemed', 'Buyer']],
    );
    await h.auditOk();
  });

  it('declines and cancels back to the buyer with the unit back in stock; refunds close with the window', async () => {
    const perk = await h.listPerk(admin.client, { title: 'Download pack', kind: 'download', stock: 2 });
    const buyer = await h.buyer('Dee');
    const a = (await h.redeem(buyer, perk)).body.order.id;
    const b = (await h.redeem(buyer, perk)).body.order.id;
    assert.equal(await h.stockLeft(perk.id), 0);
    const declined = await order(admin, a, 'decline', { reason: 'Out of print' });
    assert.deepEqual([declined.status, declined.body.status, declined.body.declineReason], [200, 'declined', 'Out of print']);
    const cancelled = await order(buyer, b, 'cancel');
    assert.deepEqual([cancelled.status, cancelled.body.status], [200, 'cancelled']);
    assert.equal(await h.balance(buyer), 1000);
    assert.equal(await h.stockLeft(perk.id), 2);
    const c = (await h.redeem(buyer, perk)).body.order.id;
    assert.equal((await order(admin, c, 'fulfil', { code: 'DL-7781' })).body.fulfilment.code, 'DL-7781');
    clock.advance(15 * DAY_MS);
    await h.refusedUnchanged(() => order(admin, c, 'refund', { reason: 'late' }), 409, 'perk_refund_window_closed');
    clock.advance(-15 * DAY_MS);
    await h.auditOk();
  });

  it('releases an order nobody fulfilled when the hold times out, and then refuses to fulfil it', async () => {
    const perk = await h.listPerk(admin.client, { title: 'Event seat', kind: 'event_seat', stock: 1 });
    const buyer = await h.buyer('Eve');
    const res = await h.redeem(buyer, perk);
    const id = res.body.order.id;
    assert.equal(Date.parse(res.body.order.expiresAt), clock.now() + 7 * DAY_MS);
    await h.runJobs();
    assert.equal((await buyer.client.get(`/api/perk-orders/${id}`)).body.status, 'held', 'not due yet');
    clock.advance(7 * DAY_MS);
    await h.refusedUnchanged(() => order(admin, id, 'fulfil', { code: 'late' }), 409, 'perk_order_expired');
    await h.runJobs();
    const expired = (await buyer.client.get(`/api/perk-orders/${id}`)).body;
    assert.deepEqual([expired.status, expired.canCancel], ['expired', false]);
    assert.equal(await h.balance(buyer), 1000);
    assert.equal(await h.stockLeft(perk.id), 1);
    await h.refusedUnchanged(() => order(admin, id, 'fulfil', { code: 'late' }), 409, 'perk_order_resolved');
    const told = (await buyer.client.get('/api/notifications')).body.items.find((n: any) => n.kind === 'perk_redemption');
    assert.equal(told.perkEvent, 'expired');
    clock.advance(-7 * DAY_MS);
    await h.auditOk();
  });

  it('sells exactly the stock when many redeem the last units at once', async () => {
    const perk = await h.listPerk(admin.client, { title: 'Last three', stock: 3 });
    const buyers = await Promise.all(Array.from({ length: 9 }, (_, i) => h.buyer(`Rush ${i}`, 200)));
    const results = await Promise.all(buyers.map((b) => h.redeem(b, perk)));
    const won = results.filter((r) => r.status === 201);
    assert.equal(won.length, 3, JSON.stringify(results.map((r) => r.status)));
    for (const r of results.filter((x) => x.status !== 201)) assertProblem(r, 409, 'perk_sold_out');
    assert.equal(await h.stockLeft(perk.id), 0);
    const spent = (await Promise.all(buyers.map((b) => h.balance(b)))).filter((v) => v === 100);
    assert.equal(spent.length, 3);
    await h.auditOk();
  });

  it('lets exactly one of fulfil and cancel win a race', async () => {
    const perk = await h.listPerk(admin.client, { title: 'Race', stock: 10 });
    for (let round = 0; round < 4; round++) {
      const buyer = await h.buyer(`Racer ${round}`);
      const id = (await h.redeem(buyer, perk)).body.order.id;
      const [f, c] = await Promise.all([order(admin, id, 'fulfil', { code: `R${round}` }), order(buyer, id, 'cancel')]);
      const statuses = [f.status, c.status].sort();
      assert.deepEqual(statuses, [200, 409], JSON.stringify([f.body, c.body]));
      const winner = f.status === 200 ? 'fulfilled' : 'cancelled';
      assert.equal((await buyer.client.get(`/api/perk-orders/${id}`)).body.status, winner);
      assert.equal(await h.balance(buyer), winner === 'fulfilled' ? 900 : 1000);
    }
    await h.auditOk();
  });

  it('fulfils a tier upgrade at once and moves the buyer to its tier', async () => {
    const tiers = (await owner.get('/api/tiers')).body.items as { id: string; rank: number }[];
    const top = [...tiers].sort((a, b) => b.rank - a.rank)[0]!;
    const perk = await h.listPerk(admin.client, { title: 'VIP for a year', kind: 'tier_upgrade', tierId: top.id, stock: null });
    const buyer = await h.buyer('Vip');
    const res = await h.redeem(buyer, perk);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.order.status, 'fulfilled');
    assert.equal((await buyer.client.get('/api/me')).body.member.tier.id, top.id);
    await h.refusedUnchanged(() => h.redeem(buyer, perk), 409, 'perk_tier_already_held');
    const member = await memberWithRole(app, owner, 'member');
    await h.refusedUnchanged(
      () => member.client.post(`/api/perks/${perk.id}/redeem`, { assetId: pointsId, price: perk.price }, key()),
      422,
      'insufficient_balance',
    );
    await h.auditOk();
  });
});
