/**
 * Member orders over HTTP: posting escrows the units, takers fill wholly or partly, the
 * seller or an admin cancels, expiry returns the rest; who may do each; every bad input
 * refused with nothing changed; idempotent retries; the fill/cancel race and fills racing
 * for the last units. After each step the escrow equals the units left on open orders.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DAY_MS } from '../../platform/clock.js';
import { key, marketCommunity, type Who } from './market.test-support.js';

describe('market: orders', () => {
  let h: Awaited<ReturnType<typeof marketCommunity>>;
  let alice: Who;
  let bob: Who;
  let carol: Who;
  let aliceChip: string;

  before(async () => {
    h = await marketCommunity();
    alice = await h.trader('Alice', 0);
    bob = await h.trader('Bob');
    carol = await h.trader('Carol');
    aliceChip = await h.chip(alice, 'ALICE', 1000);
    // Prices here are picked per step; the band has its own tests.
    assert.equal((await h.owner.patch('/api/admin/market/settings', { priceBandPercent: null })).status, 200);
  });
  after(() => h.app.close());

  const sell = async (who: Who, quantity: number, price: number, extra: Record<string, unknown> = {}) => {
    const res = await h.post(who, { assetId: aliceChip, priceAssetId: h.pointsId, quantity, price, ...extra });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; remaining: number };
  };

  it('posts an order into escrow, fills it partly then wholly, and tells the seller', async () => {
    const order = await sell(alice, 10, 5);
    assert.equal(await h.balance(alice, aliceChip), 990, 'the units left the wallet into escrow');
    await h.assertEscrowMatchesBook();

    const first = await h.fill(bob, order.id, 4, 5);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual([first.body.order.remaining, first.body.order.status, first.body.fill.total], [6, 'open', 20]);
    assert.deepEqual([await h.balance(bob, aliceChip), await h.balance(bob), await h.balance(alice)], [4, 980, 20]);
    await h.assertEscrowMatchesBook();

    const rest = await h.fill(carol, order.id, 6, 5);
    assert.equal(rest.status, 201, JSON.stringify(rest.body));
    assert.deepEqual(
      [rest.body.order.remaining, rest.body.order.status, rest.body.order.can],
      [0, 'filled', { fill: false, cancel: false }],
    );
    assert.deepEqual([await h.balance(carol, aliceChip), await h.balance(carol), await h.balance(alice)], [6, 970, 50]);
    assert.equal(await h.balance(alice, aliceChip), 990);
    await h.assertEscrowMatchesBook();
    await h.refusedUnchanged(() => h.fill(bob, order.id, 1, 5), 409, 'market_order_closed');

    // Wallet history: the fill names the other member.
    const bobIn = (await bob.client.get(`/api/wallet/history?assetId=${aliceChip}`)).body.items[0];
    assert.deepEqual([bobIn.kind, bobIn.direction, bobIn.amount, bobIn.counterpart.member?.displayName], ['market_fill', 'in', 4, 'Alice']);
    const fills = (await alice.client.get('/api/market/fills?mine=true')).body.items;
    assert.deepEqual(
      fills.map((f: any) => [f.taker.displayName, f.quantity, f.total]),
      [
        ['Carol', 6, 30],
        ['Bob', 4, 20],
      ],
    );
    await h.runJobs();
    const told = (await alice.client.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'market');
    assert.deepEqual(told.map((n: any) => [n.actor?.displayName, n.marketEvent]).sort(), [
      ['Bob', 'fill'],
      ['Carol', 'filled'],
    ]);
  });

  it('walks the role matrix: seller, other member, admin (audited)', async () => {
    const order = await sell(alice, 5, 3);
    await h.refusedUnchanged(() => h.cancel(bob, order.id), 403, 'market_order_not_yours');
    await h.refusedUnchanged(() => h.fill(alice, order.id, 1, 3), 422, 'market_self_trade');
    await h.refusedUnchanged(() => h.cancel(bob, 'no-such-order'), 404, 'market_order_not_found');
    await h.refusedUnchanged(() => h.fill(bob, 'no-such-order', 1, 3), 404, 'market_order_not_found');
    const mine = (await alice.client.get('/api/market/orders?mine=true')).body.items.find((o: any) => o.id === order.id);
    assert.deepEqual(mine.can, { fill: false, cancel: true });
    const book = (await bob.client.get(`/api/market/orders?assetId=${aliceChip}`)).body.items.find((o: any) => o.id === order.id);
    assert.deepEqual(book.can, { fill: true, cancel: false });

    const cancelled = await h.cancel(h.admin, order.id);
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(await h.balance(alice, aliceChip), 990, 'the units are back');
    const audit = await h.db.selectFrom('auditEntry').selectAll().where('action', '=', 'market.order_cancel').execute();
    assert.deepEqual(
      audit.map((a) => [a.actorId, a.targetId]),
      [[h.admin.id, order.id]],
    );
    await h.refusedUnchanged(() => h.cancel(alice, order.id), 409, 'market_order_closed');

    const own = await sell(alice, 2, 3);
    assert.equal((await h.cancel(alice, own.id)).status, 200);
    assert.equal(
      (await h.db.selectFrom('auditEntry').selectAll().where('action', '=', 'market.order_cancel').execute()).length,
      1,
      'the seller’s own cancel is not an admin action',
    );
    await h.assertEscrowMatchesBook();
  });

  it('refuses bad input with a translated reason, changing nothing', async () => {
    const order = await sell(alice, 5, 2);
    const base = { assetId: aliceChip, priceAssetId: h.pointsId, quantity: 1, price: 1 };
    for (const bad of [0, -3, 2.5, '4', 2 ** 53 + 2, null]) {
      await h.refusedUnchanged(() => h.post(alice, { ...base, quantity: bad }), 400, 'invalid_input');
      await h.refusedUnchanged(() => h.post(alice, { ...base, price: bad }), 400, 'invalid_input');
      await h.refusedUnchanged(() => h.fill(bob, order.id, bad, 2), 400, 'invalid_input');
    }
    await h.refusedUnchanged(() => h.post(alice, { ...base, quantity: 2 ** 40, price: 2 ** 20 }), 400, 'invalid_input');
    await h.refusedUnchanged(() => h.post(alice, { ...base, priceAssetId: aliceChip }), 400, 'invalid_input');
    await h.refusedUnchanged(() => h.post(alice, { ...base, extra: 1 }), 400, 'invalid_input');
    await h.refusedUnchanged(() => h.post(alice, { ...base, assetId: 'no-such-asset' }), 404, 'unknown_asset');
    await h.refusedUnchanged(() => h.post(alice, { ...base, priceAssetId: 'no-such-asset' }), 404, 'unknown_asset');
    await h.refusedUnchanged(() => h.post(bob, { ...base, quantity: 5000 }), 422, 'insufficient_balance');
    await h.refusedUnchanged(() => h.fill(bob, order.id, 6, 2), 409, 'market_order_short');
    await h.refusedUnchanged(() => h.fill(bob, order.id, 1, 1), 409, 'market_price_changed');
    const poor = await h.trader('Poor', 3);
    await h.refusedUnchanged(() => h.fill(poor, order.id, 2, 2), 422, 'insufficient_balance');
    const zh = await h.refusedUnchanged(
      () => bob.client.post(`/api/market/orders/${order.id}/fill`, { quantity: 9, price: 2 }, { ...key(), 'accept-language': 'zh-TW' }),
      409,
      'market_order_short',
    );
    assert.equal(zh.body.detail, '這筆掛單只剩 5 個單位。');
    await h.assertEscrowMatchesBook();
  });

  it('replays an Idempotency-Key and refuses it with another body', async () => {
    const order = await sell(alice, 8, 2);
    const k = key();
    const first = await h.fill(bob, order.id, 2, 2, k);
    const again = await h.fill(bob, order.id, 2, 2, k);
    assert.deepEqual([first.status, again.status], [201, 201]);
    assert.deepEqual(again.body, first.body, 'the same response');
    assert.equal((await h.db.selectFrom('marketFill').selectAll().where('orderId', '=', order.id).execute()).length, 1, 'one effect');
    await h.refusedUnchanged(() => h.fill(bob, order.id, 3, 2, k), 422, 'idempotency_key_reused');
    const postKey = key();
    const body = { assetId: aliceChip, priceAssetId: h.pointsId, quantity: 1, price: 2 };
    const a = await h.post(alice, body, postKey);
    const b = await h.post(alice, body, postKey);
    assert.equal(b.body.id, a.body.id);
    await h.refusedUnchanged(() => h.post(alice, { ...body, quantity: 2 }, postKey), 422, 'idempotency_key_reused');
    await h.assertEscrowMatchesBook();
  });

  it('a fill/cancel race has exactly one winner, and racing fills never over-fill', async () => {
    for (let round = 0; round < 4; round++) {
      const order = await sell(alice, 3, 1);
      const [filled, cancelled] = await Promise.all([h.fill(bob, order.id, 3, 1), h.cancel(alice, order.id)]);
      const wins = [filled.status === 201, cancelled.status === 200].filter(Boolean).length;
      assert.equal(wins, 1, `${filled.status} ${cancelled.status}`);
      const loser = filled.status === 201 ? cancelled : filled;
      assert.equal(loser.status, 409, JSON.stringify(loser.body));
      const row = await h.db.selectFrom('marketOrder').selectAll().where('id', '=', order.id).executeTakeFirstOrThrow();
      assert.equal(row.status, filled.status === 201 ? 'filled' : 'cancelled');
      await h.assertEscrowMatchesBook();
    }
    const before = await h.balance(alice, aliceChip);
    const last = await sell(alice, 5, 1);
    const takers = [bob, carol, bob, carol, bob, carol];
    const results = await Promise.all(takers.map((t) => h.fill(t, last.id, 2, 1)));
    const won = results.filter((r) => r.status === 201);
    assert.equal(won.length, 2, results.map((r) => r.status).join(','));
    assert.ok(results.every((r) => r.status === 201 || r.status === 409));
    const row = await h.db.selectFrom('marketOrder').selectAll().where('id', '=', last.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.remaining), 1, 'never more than offered');
    assert.equal(await h.balance(alice, aliceChip), before - 5);
    await h.assertEscrowMatchesBook();
  });

  it('expires at its time, returning the rest; a fill after expiry is refused', async () => {
    const order = await sell(alice, 4, 2, { expiresInDays: 1 });
    assert.equal((await h.fill(bob, order.id, 1, 2)).status, 201);
    const chips = await h.balance(alice, aliceChip);
    h.clock.advance(DAY_MS + 1);
    await h.refusedUnchanged(() => h.fill(bob, order.id, 1, 2), 409, 'market_order_expired');
    await h.runJobs();
    const row = await h.db.selectFrom('marketOrder').selectAll().where('id', '=', order.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.status, row.closedBy, Number(row.remaining)], ['expired', 'system', 3]);
    assert.equal(await h.balance(alice, aliceChip), chips + 3);
    await h.assertEscrowMatchesBook();
  });
});
