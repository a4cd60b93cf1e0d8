/**
 * Issuing chips over HTTP: the owner's criteria (off, open, approval, tier), requests and
 * admins' decisions with the member told, brand chips, and bad definitions refused with
 * nothing changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import { chipCommunity, chipHelpers, key, type Who } from './chips.test-support.js';

describe('chip issuance', () => {
  let app: TestApp;
  let owner: ApiClient;
  let alice: Who, bob: Who, carol: Who, mod: Who, admin: Who;
  let h: ReturnType<typeof chipHelpers>;
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const setMode = async (body: Record<string, unknown>) => {
    const res = await owner.patch('/api/admin/chips/settings', body);
    assert.equal(res.status, 200, JSON.stringify(res.body));
  };

  before(async () => {
    ({ app, owner, alice, bob, carol, mod, admin } = await chipCommunity());
    h = chipHelpers(app);
  });
  after(() => app.close());

  it('starts in approval mode; only the owner changes the criteria', async () => {
    assert.deepEqual((await admin.client.get('/api/admin/chips/settings')).body, { issuanceMode: 'approval', minTierRank: 0 });
    assertProblem(await admin.client.patch('/api/admin/chips/settings', { issuanceMode: 'open' }), 403, 'forbidden');
    assertProblem(await alice.client.get('/api/admin/chips/settings'), 403, 'forbidden');
    assertProblem(await owner.patch('/api/admin/chips/settings', { issuanceMode: 'whenever' }), 400, 'invalid_input');
    assertProblem(await owner.patch('/api/admin/chips/settings', { minTierRank: -1 }), 400, 'invalid_input');
  });

  it('refuses bad definitions with a translated reason and changes nothing', async () => {
    const base = { code: 'ALICE', name: 'Alice Coin' };
    const issue = (body: Record<string, unknown>) => () => alice.client.post('/api/chips', { ...base, ...body }, key());
    for (const code of ['A', 'TOOLONGCODE', 'AL-CE', 'ÄBC', '', 42]) {
      const res = await h.refusedUnchanged(issue({ code }), 400, 'invalid_input');
      assert.equal(res.body.errors[0].path, 'code');
    }
    for (const supplyCap of [0, -5, 1.5, '100', 2 ** 53, null]) await h.refusedUnchanged(issue({ supplyCap }), 400, 'invalid_input');
    await h.refusedUnchanged(issue({ dailyMintLimit: 0 }), 400, 'invalid_input');
    const above = await h.refusedUnchanged(issue({ supplyCap: 100, dailyMintLimit: 101 }), 400, 'invalid_input');
    assert.equal(above.body.errors[0].code, 'mint_limit_above_cap');
    await h.refusedUnchanged(issue({ name: '' }), 400, 'invalid_input');
    await h.refusedUnchanged(issue({ icon: '<b>' }), 400, 'invalid_input');
    await h.refusedUnchanged(issue({ extra: true }), 400, 'invalid_input');
    for (const code of ['PTS', 'points', 'Points']) await h.refusedUnchanged(issue({ code }), 422, 'chip_code_reserved');
  });

  it('under approval a request waits; admins approve or decline with a reason, and the member is told', async () => {
    const filed = await alice.client.post(
      '/api/chips',
      { code: 'alice', name: 'Alice Coin', icon: '🌸', supplyCap: 500, dailyMintLimit: 100 },
      key(),
    );
    assert.equal(filed.status, 201, JSON.stringify(filed.body));
    assert.equal(filed.body.asset, null);
    assert.equal(filed.body.request.status, 'pending');
    assert.equal(filed.body.request.code, 'ALICE');
    const requestId = filed.body.request.id as string;
    assert.equal((await alice.client.get('/api/chips/eligibility')).body.blockedBy, 'request_pending');
    await h.refusedUnchanged(() => alice.client.post('/api/chips', { code: 'ALICE2', name: 'Again' }, key()), 409, 'chip_request_pending');
    // The pending code is held for the member who asked.
    await h.refusedUnchanged(() => bob.client.post('/api/chips', { code: 'ALICE', name: 'Not Alice' }, key()), 409, 'asset_code_taken');

    assertProblem(await mod.client.get('/api/admin/chips/requests'), 403, 'forbidden');
    assertProblem(await alice.client.post(`/api/admin/chips/requests/${requestId}/approve`, {}), 403, 'forbidden');
    const queue = await admin.client.get('/api/admin/chips/requests');
    assert.deepEqual(
      queue.body.items.map((r: { id: string }) => r.id),
      [requestId],
    );
    assertProblem(await admin.client.post(`/api/admin/chips/requests/${requestId}/decline`, {}), 400, 'invalid_input');
    const approved = await admin.client.post(`/api/admin/chips/requests/${requestId}/approve`, {});
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    assertProblem(await admin.client.post(`/api/admin/chips/requests/${requestId}/approve`, {}), 409, 'chip_request_decided');
    assertProblem(await admin.client.post('/api/admin/chips/requests/nope/approve', {}), 404, 'not_found');

    const mine = (await alice.client.get('/api/chips/eligibility')).body;
    assert.equal(mine.blockedBy, 'has_chip');
    assert.equal(mine.chip.code, 'ALICE');
    assert.equal(mine.chip.icon, '🌸');
    await settle();
    const told = (await alice.client.get('/api/notifications')).body.items;
    assert.ok(
      told.some((n: { kind: string; chipEvent: string }) => n.kind === 'chip' && n.chipEvent === 'approved'),
      JSON.stringify(told),
    );
    await h.refusedUnchanged(() => alice.client.post('/api/chips', { code: 'ALICE3', name: 'Second' }, key()), 409, 'chip_exists');

    const bobs = await bob.client.post('/api/chips', { code: 'BOB', name: 'Bob Bucks' }, key());
    assert.equal(bobs.body.request.supplyCap, 10_000, 'the default cap');
    const declined = await admin.client.post(`/api/admin/chips/requests/${bobs.body.request.id}/decline`, {
      reason: 'Post a little more first',
    });
    assert.equal(declined.body.status, 'declined');
    assert.equal(declined.body.decisionReason, 'Post a little more first');
    await settle();
    const bobTold = (await bob.client.get('/api/notifications')).body.items;
    assert.ok(
      bobTold.some((n: { kind: string; chipEvent: string; excerpt: string }) => n.chipEvent === 'declined' && n.excerpt.includes('more')),
    );
    const bobNow = (await bob.client.get('/api/chips/eligibility')).body;
    assert.equal(bobNow.canIssue, true, 'a declined member may ask again');
    assert.equal(bobNow.request.status, 'declined');
    const decided = await admin.client.get('/api/admin/chips/requests?status=declined');
    assert.equal(decided.body.items[0].id, bobs.body.request.id);
    await h.auditOk();
  });

  it('in open mode members at the tier issue at once; below it, or with issuance off, they cannot', async () => {
    const tiers = (await owner.get('/api/admin/tiers')).body.items as { id: string; rank: number }[];
    const top = tiers.reduce((a, b) => (b.rank > a.rank ? b : a));
    await setMode({ issuanceMode: 'open', minTierRank: top.rank });
    const low = (await carol.client.get('/api/chips/eligibility')).body;
    assert.equal(low.blockedBy, 'tier_too_low');
    await h.refusedUnchanged(() => carol.client.post('/api/chips', { code: 'CAROL', name: 'Carol Coin' }, key()), 422, 'chip_tier_too_low');
    assert.equal((await owner.patch(`/api/admin/members/${carol.id}`, { tierId: top.id })).status, 200);
    const issued = await carol.client.post(
      '/api/chips',
      { code: 'CAROL', name: 'Carol Coin', supplyCap: 1000, dailyMintLimit: 300 },
      key(),
    );
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    assert.equal(issued.body.asset.code, 'CAROL');
    assert.equal(issued.body.asset.issuerId, carol.id);
    assert.equal(issued.body.request, null);
    await h.refusedUnchanged(() => admin.client.post('/api/chips', { code: 'carol', name: 'Copy' }, key()), 409, 'asset_code_taken');

    await setMode({ issuanceMode: 'off' });
    assert.equal((await mod.client.get('/api/chips/eligibility')).body.blockedBy, 'issuance_off');
    await h.refusedUnchanged(() => mod.client.post('/api/chips', { code: 'MO', name: 'Mo Money' }, key()), 422, 'chip_issuance_off');
    await setMode({ issuanceMode: 'approval', minTierRank: 0 });
  });

  it('admins issue brand chips (the community is the issuer); members cannot', async () => {
    assertProblem(await alice.client.post('/api/admin/chips', { code: 'HEART', name: 'Hearts' }, key()), 403, 'forbidden');
    assertProblem(await mod.client.post('/api/admin/chips', { code: 'HEART', name: 'Hearts' }, key()), 403, 'forbidden');
    const k = key();
    const brand = await admin.client.post('/api/admin/chips', { code: 'HEART', name: 'Hearts', icon: '❤️' }, k);
    assert.equal(brand.status, 201, JSON.stringify(brand.body));
    assert.equal(brand.body.asset.issuerId, null);
    const replay = await admin.client.post('/api/admin/chips', { code: 'HEART', name: 'Hearts', icon: '❤️' }, k);
    assert.deepEqual(replay.body, brand.body, 'the same key replays');
    assertProblem(await admin.client.post('/api/admin/chips', { code: 'HEART2', name: 'Other' }, k), 422, 'idempotency_key_reused');
    await h.refusedUnchanged(() => owner.post('/api/admin/chips', { code: 'HEART', name: 'Again' }, key()), 409, 'asset_code_taken');
    await h.auditOk();
  });
});
