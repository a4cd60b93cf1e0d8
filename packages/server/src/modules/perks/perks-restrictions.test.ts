/**
 * Perks under moderation and audit: a muted member can neither list nor redeem (nothing
 * changes, the perk page says why), and staff actions on the marketplace — settings, pausing
 * a member's perk, refunds — land in the audit log with who, before and after.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { key, perkCommunity, type Who } from './perks.test-support.js';

describe('perks: mutes and the audit log', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let admin: Who;
  let h: Awaited<ReturnType<typeof perkCommunity>>;
  const audit = async (query: string) => (await owner.get(`/api/admin/audit${query}`)).body.items as any[];

  before(async () => {
    h = await perkCommunity();
    ({ app, owner, ownerId, admin } = h);
  });
  after(() => app.close());

  it('records settings changes with before and after, and nothing for a change to the same values', async () => {
    const res = await owner.patch('/api/admin/perks/settings', { sellerMinTierRank: 0, holdDays: 5 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const [entry] = await audit('?action=perk.settings');
    assert.equal(entry.actor.id, ownerId);
    assert.deepEqual(entry.before, { sellerMinTierRank: null, holdDays: 7 });
    assert.deepEqual(entry.after, { sellerMinTierRank: 0, holdDays: 5 });
    assert.equal((await owner.patch('/api/admin/perks/settings', { holdDays: 5 })).status, 200);
    assert.equal((await audit('?action=perk.settings')).length, 1, 'an unchanged value records nothing');
  });

  it('refuses a muted member listing, editing and redeeming, changing nothing; the page says why', async () => {
    const seller = await h.buyer('Sam Seller', 0);
    const buyer = await h.buyer('Mo Muted');
    const own = await h.listPerk(seller.client, { title: 'Sticker pack' });
    const brand = await h.listPerk(admin.client, { title: 'Hoodie' });
    for (const who of [seller, buyer]) {
      const muted = await admin.client.post(
        '/api/moderation/actions',
        { memberId: who.id, action: 'mute', days: 1, reason: 'spam' },
        key(),
      );
      assert.equal(muted.status, 201, JSON.stringify(muted.body));
    }
    await h.refusedUnchanged(() => h.redeem(buyer, brand), 403, 'member_muted');
    await h.refusedUnchanged(
      () => seller.client.post('/api/perks', { title: 'More', kind: 'goods', assetId: h.pointsId, price: 5 }),
      403,
      'member_muted',
    );
    await h.refusedUnchanged(() => seller.client.patch(`/api/perks/${own.id}`, { price: 1 }), 403, 'member_muted');
    const page = (await buyer.client.get(`/api/perks/${brand.id}`)).body;
    assert.equal(page.blockedReason, 'member_muted');
    // Others still redeem from the muted seller: the mute stops what they do, not their shop.
    const other = await h.buyer('Olive Other');
    assert.equal((await h.redeem(other, own)).status, 201);
    assert.equal((await other.client.get(`/api/perks/${brand.id}`)).body.blockedReason, null);
    await h.auditOk();
  });

  it('records an admin pausing a member’s perk and refunding an order, not the seller editing their own', async () => {
    const seller = await h.buyer('Rita Reseller', 0);
    const buyer = await h.buyer('Bea Buyer');
    const perk = await h.listPerk(seller.client, { title: 'Zine' });
    assert.equal((await seller.client.patch(`/api/perks/${perk.id}`, { price: 120 })).status, 200);
    assert.deepEqual(await audit(`?targetId=${perk.id}`), [], 'a seller editing their own perk is not a staff action');
    const paused = await admin.client.patch(`/api/perks/${perk.id}`, { status: 'paused' });
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    const [pause] = await audit(`?targetId=${perk.id}`);
    assert.deepEqual(
      [pause.action, pause.actor.id, pause.before, pause.after],
      ['perk.pause', admin.id, { status: 'active' }, { status: 'paused' }],
    );
    assert.equal((await admin.client.patch(`/api/perks/${perk.id}`, { status: 'active' })).status, 200);

    const redeemed = await h.redeem(buyer, { id: perk.id, price: 120 });
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
    const orderId = redeemed.body.order.id as string;
    assert.equal((await seller.client.post(`/api/perk-orders/${orderId}/fulfil`, { note: 'posted' }, key())).status, 200);
    const refund = await admin.client.post(`/api/perk-orders/${orderId}/refund`, { reason: 'never arrived' }, key());
    assert.equal(refund.status, 200, JSON.stringify(refund.body));
    const [entry] = await audit(`?targetId=${orderId}`);
    assert.deepEqual([entry.action, entry.actor.id, entry.reason], ['perk.refund', admin.id, 'never arrived']);
    assert.deepEqual([entry.before.status, entry.after.status, entry.after.amount], ['fulfilled', 'refunded', 120]);
    assert.equal(await h.balance(buyer), 1000);
    await h.auditOk();
  });
});
