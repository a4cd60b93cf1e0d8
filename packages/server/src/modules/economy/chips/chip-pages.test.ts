/**
 * The asset list and the chip page over HTTP: supply against the cap, holders, the top
 * holder's share, the issuer, recent movements, redemptions only when there were any, and
 * what the caller may do.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import { chipCommunity, chipHelpers, key, type Who } from './chips.test-support.js';

describe('chip pages', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who, bob: Who, carol: Who, admin: Who;
  let h: ReturnType<typeof chipHelpers>;
  let chipId: string;

  before(async () => {
    ({ app, owner, alice, bob, carol, admin } = await chipCommunity());
    h = chipHelpers(app);
    await owner.patch('/api/admin/chips/settings', { issuanceMode: 'open' });
    chipId = (
      await alice.client.post(
        '/api/chips',
        { code: 'ALICE', name: 'Alice Coin', icon: '🌸', description: 'Thanks from Alice', supplyCap: 1000, dailyMintLimit: 500 },
        key(),
      )
    ).body.asset.id;
    assert.equal((await alice.client.post(`/api/chips/${chipId}/mint`, { amount: 200 }, key())).status, 201);
    assert.equal((await alice.client.post(`/api/chips/${chipId}/give`, { memberId: bob.id, amount: 50 }, key())).status, 201);
    assert.equal((await alice.client.post(`/api/chips/${chipId}/give`, { memberId: carol.id, amount: 30 }, key())).status, 201);
    for (const code of ['ZED1', 'ZED2', 'ZED3'])
      assert.equal((await admin.client.post('/api/admin/chips', { code, name: code }, key())).status, 201);
  });
  after(() => app.close());

  it('lists assets with supply, cap and holders, paged without gaps', async () => {
    const first = await bob.client.get('/api/economy/assets?limit=2');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.items[0].kind, 'points', 'the points asset first');
    const alicePage = first.body.items[1];
    assert.equal(alicePage.code, 'ALICE');
    assert.deepEqual(alicePage.supply, { minted: 200, supplyCap: 1000, dailyMintLimit: 500, holders: 3 });
    assert.equal(alicePage.issuerId, alice.id);
    const codes: string[] = first.body.items.map((a: { code: string }) => a.code);
    let cursor = first.body.nextCursor as string | null;
    while (cursor) {
      const page = await bob.client.get(`/api/economy/assets?limit=2&cursor=${cursor}`);
      codes.push(...page.body.items.map((a: { code: string }) => a.code));
      cursor = page.body.nextCursor;
    }
    assert.deepEqual(codes.slice(1), ['ALICE', 'ZED1', 'ZED2', 'ZED3']);
    const chipsOnly = await bob.client.get('/api/economy/assets?kind=chip&limit=100');
    assert.equal(chipsOnly.body.items.length, 4);
    assertProblem(await bob.client.get('/api/economy/assets?limit=0'), 400, 'invalid_input');
    assertProblem(await bob.client.get('/api/economy/assets?limit=101'), 400, 'invalid_input');
    assertProblem(await bob.client.get('/api/economy/assets?cursor=%E2%98%83'), 400, 'invalid_input');
    assertProblem(await app.client().get('/api/economy/assets'), 401, 'unauthenticated');
  });

  it('shows the chip page: supply, holders, top share, issuer and recent movements', async () => {
    const res = await bob.client.get('/api/economy/assets/alice');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const page = res.body;
    assert.equal(page.code, 'ALICE');
    assert.equal(page.icon, '🌸');
    assert.equal(page.description, 'Thanks from Alice');
    assert.equal(page.issuer.displayName, 'Alice');
    assert.equal(page.supply.minted, 200);
    assert.equal(page.supply.holders, 3);
    assert.deepEqual(
      page.topHolders.map((t: { member: { displayName: string }; amount: number }) => [t.member.displayName, t.amount]),
      [
        ['Alice', 120],
        ['Bob', 50],
        ['Carol', 30],
      ],
    );
    assert.equal(page.topHolderShare, 0.6);
    assert.deepEqual(
      page.recentMovements.map((m: { kind: string; amount: number; to: { displayName: string } | null }) => [
        m.kind,
        m.amount,
        m.to?.displayName,
      ]),
      [
        ['gift', 30, 'Carol'],
        ['gift', 50, 'Bob'],
        ['mint', 200, 'Alice'],
      ],
    );
    assert.equal(page.recentMovements[2].from, null, 'a mint comes from the issuance side');
    assert.equal(page.redemptions, null, 'no redemptions: no section');
    assert.deepEqual(page.can, { mint: false, give: false, freeze: false });
    assert.equal(page.issuerBalance, null, 'only the issuer side sees what it holds');
    assert.equal(page.freeze, null);

    const mine = (await alice.client.get('/api/economy/assets/ALICE')).body;
    assert.deepEqual(mine.can, { mint: true, give: true, freeze: false });
    assert.equal(mine.issuerBalance, 120);
    assert.equal(mine.mintedToday, 200);
    assert.equal((await owner.get('/api/economy/assets/ALICE')).body.can.freeze, true);
    assertProblem(await bob.client.get('/api/economy/assets/NOPE'), 404, 'unknown_asset');
    const points = (await bob.client.get('/api/economy/assets/points')).body;
    assert.equal(points.kind, 'points');
    assert.equal(points.can.freeze, false);
  });

  it('counts redemptions from ledger transfers of kind redemption once there are any', async () => {
    // The perks marketplace writes these; here one is written straight through the ledger.
    await h.ledger.transfer(h.db, {
      assetId: chipId,
      from: { memberId: bob.id },
      to: { memberId: alice.id },
      amount: 5,
      kind: 'redemption',
    });
    const page = (await bob.client.get('/api/economy/assets/ALICE')).body;
    assert.deepEqual(page.redemptions, { count: 1, amount: 5 });
    await h.auditOk();
  });
});
