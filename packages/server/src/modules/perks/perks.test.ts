/**
 * The perks marketplace over HTTP, listing and redemption: who may list, bad input, the
 * redemption's escrow, and every refusal, each proving nothing changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { DAY_MS, type ManualClock } from '../../platform/clock.js';
import { key, perkCommunity, type Who } from './perks.test-support.js';

describe('perks: listing and redemption', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: Who;
  let pointsId: string;
  let clock: ManualClock;
  let h: Awaited<ReturnType<typeof perkCommunity>>;

  before(async () => {
    h = await perkCommunity();
    ({ app, owner, admin, pointsId, clock } = h);
  });
  after(() => app.close());

  it('lets admins list brand perks and members only once the owner opens selling to their tier', async () => {
    const member = await memberWithRole(app, owner, 'member');
    const info = (await member.client.get('/api/perks/selling')).body;
    assert.deepEqual([info.canSell, info.asBrand], [false, false]);
    assert.ok(info.assets.some((a: any) => a.id === pointsId));
    await h.refusedUnchanged(
      () => member.client.post('/api/perks', { title: 'x', kind: 'goods', assetId: pointsId, price: 5 }),
      403,
      'perk_seller_not_eligible',
    );
    const brand = await h.listPerk(admin.client);
    assert.deepEqual((brand as any).seller, { type: 'brand' });
    assert.match((brand as any).descriptionHtml, /<strong>signed<\/strong>/);

    assert.equal((await member.client.patch('/api/admin/perks/settings', { sellerMinTierRank: 0 })).status, 403);
    assert.equal((await admin.client.patch('/api/admin/perks/settings', { sellerMinTierRank: 0 })).status, 403, 'owner only');
    const set = await owner.patch('/api/admin/perks/settings', { sellerMinTierRank: 0 });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    const mine = await h.listPerk(member.client, { title: '1:1 call', kind: 'call', stock: null });
    assert.equal((mine as any).seller.member.id, member.id);
    // Tier upgrades are the brand's alone; another member cannot edit someone's perk; admins may pause it.
    const tiers = (await owner.get('/api/tiers')).body.items ?? (await owner.get('/api/tiers')).body;
    const top = [...tiers].sort((a: any, b: any) => b.rank - a.rank)[0];
    await h.refusedUnchanged(
      () => member.client.post('/api/perks', { title: 'Up', kind: 'tier_upgrade', tierId: top.id, assetId: pointsId, price: 5 }),
      403,
      'perk_tier_brand_only',
    );
    const other = await memberWithRole(app, owner, 'member');
    await h.refusedUnchanged(() => other.client.patch(`/api/perks/${mine.id}`, { price: 1 }), 403, 'perk_not_yours');
    await h.refusedUnchanged(() => member.client.patch(`/api/perks/${brand.id}`, { price: 1 }), 403, 'perk_not_yours');
    assert.equal((await admin.client.patch(`/api/perks/${mine.id}`, { status: 'paused' })).body.status, 'paused');
    await h.refusedUnchanged(() => other.client.get(`/api/perks/${mine.id}`), 404, 'perk_not_found');
    assert.equal((await member.client.get(`/api/perks/${mine.id}`)).status, 200, 'the seller still sees it');
    assert.ok((await member.client.get('/api/perks?seller=me')).body.items.some((p: any) => p.id === mine.id));
    assert.ok(!(await other.client.get('/api/perks')).body.items.some((p: any) => p.id === mine.id), 'paused perks are not browsed');
    assert.equal((await owner.patch('/api/admin/perks/settings', { sellerMinTierRank: null })).status, 200);
  });

  it('refuses bad prices, stock, windows and unknown assets with 400/404 and changes nothing', async () => {
    const base = { title: 'Sticker', kind: 'goods', assetId: pointsId, price: 5 };
    for (const price of [0, -1, 1.5, '10', 2 ** 53, 1e300, null]) {
      await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, price }), 400, 'invalid_input');
    }
    for (const stock of [0, -3, 2.5, 'many']) {
      await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, stock }), 400, 'invalid_input');
    }
    await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, kind: 'spaceship' }), 400, 'invalid_input');
    await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, title: '   ' }), 400, 'invalid_input');
    await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, imageUrl: 'javascript:alert(1)' }), 400, 'invalid_input');
    await h.refusedUnchanged(
      () => admin.client.post('/api/perks', { ...base, startsAt: '2030-01-02T00:00:00.000Z', endsAt: '2030-01-01T00:00:00.000Z' }),
      400,
      'invalid_input',
    );
    await h.refusedUnchanged(() => admin.client.post('/api/perks', { ...base, assetId: 'no-such-asset' }), 404, 'unknown_asset');
    const xss = await h.listPerk(admin.client, { description: '<script>alert(1)</script> [x](javascript:alert(1))' });
    assert.doesNotMatch((xss as any).descriptionHtml, /<script|href="javascript:/);
  });

  it('redeems into escrow: the price leaves the wallet, one unit is reserved, the audit balances', async () => {
    const perk = await h.listPerk(admin.client, { stock: 2 });
    const buyer = await h.buyer('Bea');
    const res = await h.redeem(buyer, perk, key(), { note: 'Size M please' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.order.status, 'held');
    assert.equal(res.body.order.buyerNote, 'Size M please');
    assert.equal(res.body.balance, 900);
    assert.equal(await h.balance(buyer), 900);
    assert.equal(await h.stockLeft(perk.id), 1);
    const escrow = (await h.auditOk()).assets.find((a) => a.assetId === pointsId)!;
    assert.equal(escrow.escrowed, 100);
    const detail = (await buyer.client.get(`/api/perks/${perk.id}`)).body;
    assert.equal(detail.myActiveCount, 1);
    const mine = (await buyer.client.get('/api/perk-orders?role=buyer')).body.items;
    assert.deepEqual(
      mine.map((o: any) => [o.id, o.status, o.canCancel, o.canFulfil]),
      [[res.body.order.id, 'held', true, false]],
    );
    const toFulfil = (await admin.client.get('/api/perk-orders?role=seller')).body.items;
    assert.ok(toFulfil.some((o: any) => o.id === res.body.order.id && o.canFulfil));
    const history = (await buyer.client.get('/api/wallet/history')).body.items[0];
    assert.deepEqual([history.kind, history.direction, history.amount, history.memo], ['hold', 'out', 100, 'Signed poster']);
  });

  it('replays a retried redemption, and refuses the key reused with another body', async () => {
    const perk = await h.listPerk(admin.client);
    const buyer = await h.buyer('Ray');
    const headers = key();
    const first = await h.redeem(buyer, perk, headers);
    assert.equal(first.status, 201);
    const count = await h.transferCount();
    const again = await h.redeem(buyer, perk, headers);
    assert.deepEqual([again.status, again.body.order.id], [201, first.body.order.id]);
    assert.equal(await h.transferCount(), count, 'no second hold');
    await h.refusedUnchanged(() => h.redeem(buyer, perk, headers, { note: 'another body' }), 422, 'idempotency_key_reused');
    assert.equal(await h.balance(buyer), 900);
  });

  it('refuses sold out, outside the window, over the limit, changed price, self-purchase, blocks, frozen, poor, banned', async () => {
    const one = await h.listPerk(admin.client, { stock: 1, perMemberLimit: 1 });
    const bea = await h.buyer('Bee');
    const cal = await h.buyer('Cal');
    assert.equal((await h.redeem(bea, one)).status, 201);
    await h.refusedUnchanged(() => h.redeem(cal, one), 409, 'perk_sold_out');
    const limited = await h.listPerk(admin.client, { perMemberLimit: 1 });
    assert.equal((await h.redeem(bea, limited)).status, 201);
    const over = await h.refusedUnchanged(() => h.redeem(bea, limited), 409, 'perk_limit_reached');
    assert.match(over.body.detail, /1/);
    const later = await h.listPerk(admin.client, { startsAt: new Date(clock.now() + DAY_MS).toISOString() });
    await h.refusedUnchanged(() => h.redeem(cal, later), 409, 'perk_not_started');
    const ending = await h.listPerk(admin.client, { endsAt: new Date(clock.now() + DAY_MS).toISOString() });
    clock.advance(DAY_MS);
    await h.refusedUnchanged(() => h.redeem(cal, ending), 409, 'perk_ended');
    clock.advance(-DAY_MS);
    await h.refusedUnchanged(() => h.redeem(cal, { id: limited.id, price: 99 }), 409, 'perk_price_changed');
    await h.refusedUnchanged(() => h.redeem(cal, { id: 'no-such-perk', price: 1 }), 404, 'perk_not_found');
    for (const price of [0, -5, 1.5, '100', 2 ** 53]) {
      await h.refusedUnchanged(
        () => cal.client.post(`/api/perks/${limited.id}/redeem`, { assetId: pointsId, price }, key()),
        400,
        'invalid_input',
      );
    }
    await h.refusedUnchanged(() => h.redeem(admin, limited), 422, 'perk_self_purchase');
    const poor = await h.buyer('Poor', 50);
    await h.refusedUnchanged(() => h.redeem(poor, limited), 422, 'insufficient_balance');
    assert.equal((await poor.client.get(`/api/perks/${limited.id}`)).body.blockedReason, 'insufficient_balance');
    await h.refusedUnchanged(() => admin.client.patch(`/api/perks/${one.id}`, { stock: 0 }), 400, 'invalid_input');

    // A member's own perk: self-purchase, blocks either way, frozen wallets on either side.
    assert.equal((await owner.patch('/api/admin/perks/settings', { sellerMinTierRank: 0 })).status, 200);
    const seller = await h.buyer('Sam', 0);
    const call = await h.listPerk(seller.client, { title: 'Call with Sam', kind: 'call', stock: null });
    await h.refusedUnchanged(() => h.redeem(seller, call), 422, 'perk_self_purchase');
    assert.equal((await seller.client.put(`/api/members/${cal.id}/block`)).status, 200);
    await h.refusedUnchanged(() => h.redeem(cal, call), 422, 'perk_blocked');
    assert.equal((await seller.client.delete(`/api/members/${cal.id}/block`)).status, 200);
    assert.equal((await cal.client.put(`/api/members/${seller.id}/block`)).status, 200);
    await h.refusedUnchanged(() => h.redeem(cal, call), 422, 'perk_blocked');
    assert.equal((await cal.client.delete(`/api/members/${seller.id}/block`)).status, 200);
    const ledger = app.hearth.modules.ledger.service;
    const db = app.hearth.platform.db;
    const calWallet = await ledger.walletOf(db, cal.id, pointsId);
    await ledger.freezeAccount(db, calWallet.id, true);
    await h.refusedUnchanged(() => h.redeem(cal, call), 422, 'perk_wallet_frozen');
    await ledger.freezeAccount(db, calWallet.id, false);
    const samWallet = await ledger.walletOf(db, seller.id, pointsId);
    await ledger.freezeAccount(db, samWallet.id, true);
    await h.refusedUnchanged(() => h.redeem(cal, call), 422, 'perk_seller_frozen');
    await ledger.freezeAccount(db, samWallet.id, false);
    await db.updateTable('member').set({ status: 'banned' }).where('id', '=', cal.id).execute();
    await app.hearth.platform.actors.forgetMember(cal.id);
    await h.refusedUnchanged(() => h.redeem(cal, call), 403, 'account_banned');
    await db.updateTable('member').set({ status: 'active' }).where('id', '=', cal.id).execute();
    await app.hearth.platform.actors.forgetMember(cal.id);
    assert.equal((await h.redeem(cal, call)).status, 201, 'once all is clear, it goes through');
    await h.auditOk();
  });

  it('answers in the caller’s language', async () => {
    const perk = await h.listPerk(admin.client, { stock: 1 });
    const bea = await h.buyer('Lang');
    assert.equal((await h.redeem(bea, perk)).status, 201);
    const zh = await h.buyer('語言');
    zh.client.locale = 'zh-TW';
    const res = await h.redeem(zh, perk);
    assertProblem(res, 409, 'perk_sold_out');
    assert.equal(res.body.detail ?? res.body.title, res.body.detail);
    assert.match(JSON.stringify(res.body), /兌換完畢/);
  });
});
