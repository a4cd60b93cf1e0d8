/**
 * The market's safeguards over HTTP: the owner's settings (owner only, audited), the price
 * band around recent fills, daily volume and open-order caps, minimum trust (tier rank,
 * account age), mutes, frozen wallets and blocks. Each refusal changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem } from '../../../test/community.js';
import { DAY_MS } from '../../platform/clock.js';
import { key, marketCommunity, type Who } from './market.test-support.js';
import { medianOf } from './market-safeguards.js';
import { mayTrade } from './market-trust.js';

describe('market: safeguards', () => {
  let h: Awaited<ReturnType<typeof marketCommunity>>;
  let alice: Who;
  let bob: Who;
  let chipId: string;
  const order = (who: Who, quantity: number, price: number) => h.post(who, { assetId: chipId, priceAssetId: h.pointsId, quantity, price });

  before(async () => {
    h = await marketCommunity();
    alice = await h.trader('Alice', 0);
    bob = await h.trader('Bob', 100_000);
    chipId = await h.chip(alice, 'ALC', 100_000);
  });
  after(() => h.app.close());

  it('settings: admins read, only the owner changes them, with an audit entry', async () => {
    const read = await h.admin.client.get('/api/admin/market/settings');
    assert.equal(read.status, 200);
    assert.equal(read.body.priceBandPercent, 50);
    assertProblem(await h.admin.client.patch('/api/admin/market/settings', { maxOpenOrders: 3 }), 403, 'forbidden');
    assertProblem(await bob.client.get('/api/admin/market/settings'), 403, 'forbidden');
    assertProblem(await h.owner.patch('/api/admin/market/settings', { maxOpenOrders: 0 }), 400, 'invalid_input');
    const changed = await h.owner.patch('/api/admin/market/settings', { maxOpenOrders: 3, dailyVolumeCap: 50 });
    assert.deepEqual([changed.status, changed.body.maxOpenOrders, changed.body.dailyVolumeCap], [200, 3, 50]);
    const audit = await h.db.selectFrom('auditEntry').selectAll().where('action', '=', 'market.settings').execute();
    assert.equal(audit.length >= 1, true);
    assert.deepEqual(JSON.parse(audit.at(-1)!.after!), { dailyVolumeCap: 50, maxOpenOrders: 3 });
  });

  it('caps open orders and daily volume', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await order(alice, 10, 2);
      assert.equal(res.status, 201);
      ids.push(res.body.id);
    }
    await h.refusedUnchanged(() => order(alice, 1, 2), 422, 'market_open_orders_reached');
    assert.equal((await h.cancel(alice, ids[0]!)).status, 200);
    // 30 units posted today (a cancelled order still counts): 20 more fit under the cap of 50.
    const over = await h.refusedUnchanged(() => order(alice, 21, 2), 422, 'market_daily_volume_reached');
    assert.deepEqual([over.body.cap, over.body.remaining], [50, 20]);
    const big = await order(alice, 20, 2);
    assert.equal(big.status, 201, JSON.stringify(big.body));
    assert.equal((await h.fill(bob, big.body.id, 20, 2)).status, 201);
    // Bob bought 20 today; with a cap of 25, 6 more are too many and 5 fit.
    assert.equal((await h.owner.patch('/api/admin/market/settings', { dailyVolumeCap: 25 })).status, 200);
    const refused = await h.refusedUnchanged(() => h.fill(bob, ids[1]!, 6, 2), 422, 'market_daily_volume_reached');
    assert.equal(refused.body.remaining, 5);
    assert.equal((await h.fill(bob, ids[1]!, 5, 2)).status, 201);
    h.clock.advance(DAY_MS);
    assert.equal((await h.fill(bob, ids[1]!, 5, 2)).status, 201, 'a new day, a new allowance');
    assert.equal((await h.owner.patch('/api/admin/market/settings', { dailyVolumeCap: null, maxOpenOrders: 20 })).status, 200);
    await h.assertEscrowMatchesBook();
  });

  it('keeps new orders within the band around recent fills', async () => {
    assert.equal((await h.owner.patch('/api/admin/market/settings', { priceBandPercent: 50, bandFills: 5 })).status, 200);
    // The fills so far were all at 2: the band is 1..3.
    const out = await h.refusedUnchanged(() => order(alice, 1, 4), 422, 'market_price_out_of_band');
    assert.deepEqual([out.body.low, out.body.high, out.body.median], [1, 3, 2]);
    assert.equal((await order(alice, 1, 3)).status, 201);
    const other = await h.chip(bob, 'BOBC', 10);
    const first = await h.post(bob, { assetId: other, priceAssetId: h.pointsId, quantity: 1, price: 999 });
    assert.equal(first.status, 201, 'no fills of a pair yet: no band');
    assert.equal((await h.owner.patch('/api/admin/market/settings', { priceBandPercent: null })).status, 200);
    assert.equal((await order(alice, 1, 50)).status, 201, 'band off');
    assert.deepEqual([medianOf([5]), medianOf([1, 9, 3]), medianOf([4, 2, 8, 6])], [5, 3, 4]);
  });

  it('refuses members below the minimum trust, muted members, frozen wallets and blocked pairs', async () => {
    const book = await order(alice, 5, 50);
    assert.equal(book.status, 201);
    const carol = await h.trader('Carol');
    assert.equal((await h.owner.patch('/api/admin/market/settings', { minAccountAgeDays: 2 })).status, 200);
    await h.refusedUnchanged(() => h.fill(carol, book.body.id, 1, 50), 422, 'market_account_too_new');
    assert.equal((await carol.client.get('/api/market')).body.refusal, 'market_account_too_new');
    h.clock.advance(2 * DAY_MS);
    assert.equal((await carol.client.get('/api/market')).body.refusal, null);
    assert.equal((await h.owner.patch('/api/admin/market/settings', { minTierRank: 5 })).status, 200);
    await h.refusedUnchanged(() => h.fill(carol, book.body.id, 1, 50), 422, 'market_trust_too_low');
    await h.grant(h.admin, 100);
    assert.equal((await h.fill(h.admin, book.body.id, 1, 50)).status, 201, 'staff are trusted');
    assert.equal((await h.owner.patch('/api/admin/market/settings', { minTierRank: 0, minAccountAgeDays: 0 })).status, 200);
    assert.deepEqual(
      [
        mayTrade({ role: 'member', status: 'banned', tierRank: 9 }, 0, { minTierRank: 0, minAccountAgeDays: 0 }, 1),
        mayTrade({ role: 'member', status: 'active', tierRank: 0 }, null, { minTierRank: 0, minAccountAgeDays: 0 }, 1),
      ],
      ['market_member_unavailable', 'market_account_too_new'],
    );

    assert.equal((await carol.client.put(`/api/members/${alice.id}/block`, undefined)).status, 200);
    await h.refusedUnchanged(() => h.fill(carol, book.body.id, 1, 50), 422, 'market_blocked');

    const dave = await h.trader('Dave');
    const wallet = await h.ledger.walletOf(h.db, dave.id, h.pointsId);
    await h.ledger.freezeAccount(h.db, wallet.id, true);
    await h.refusedUnchanged(() => h.fill(dave, book.body.id, 1, 50), 422, 'account_frozen');
    await h.ledger.freezeAccount(h.db, wallet.id, false);

    const muted = await h.admin.client.post(
      '/api/moderation/actions',
      { memberId: dave.id, action: 'mute', days: 1, reason: 'spam' },
      key(),
    );
    assert.equal(muted.status, 201, JSON.stringify(muted.body));
    await h.refusedUnchanged(() => h.fill(dave, book.body.id, 1, 50), 403, 'member_muted');
    await h.refusedUnchanged(() => h.post(dave, { assetId: h.pointsId, priceAssetId: chipId, quantity: 1, price: 1 }), 403, 'member_muted');
    await h.assertEscrowMatchesBook();
  });
});
