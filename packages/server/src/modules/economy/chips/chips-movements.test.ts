/**
 * Minting, giving, airdrops and freezing over HTTP: who may (issuer, admins for brand chips,
 * owners to freeze), every refusal with nothing changed, idempotent retries, the tip path
 * refusing a frozen chip, and the ledger audit passing after all of it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem } from '../../../../test/community.js';
import type { ApiClient, TestApp } from '../../../../test/harness.js';
import type { ManualClock } from '../../../platform/clock.js';
import { chipCommunity, chipHelpers, key, type Who } from './chips.test-support.js';

describe('chip movements', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let alice: Who, bob: Who, carol: Who, mod: Who, admin: Who;
  let h: ReturnType<typeof chipHelpers>;
  let chipId: string;
  let brandId: string;
  let postId: string;
  const settle = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const mint = (who: Who | ApiClient, amount: unknown, id = chipId, headers = key()) =>
    ('client' in who ? who.client : who).post(`/api/chips/${id}/mint`, { amount }, headers);
  const give = (who: Who | ApiClient, memberId: string, amount: unknown, id = chipId, headers = key()) =>
    ('client' in who ? who.client : who).post(`/api/chips/${id}/give`, { memberId, amount, note: 'thanks!' }, headers);

  before(async () => {
    ({ app, owner, ownerId, alice, bob, carol, mod, admin } = await chipCommunity());
    h = chipHelpers(app);
    await owner.patch('/api/admin/chips/settings', { issuanceMode: 'open' });
    const issued = await alice.client.post(
      '/api/chips',
      { code: 'ALICE', name: 'Alice Coin', supplyCap: 1000, dailyMintLimit: 400 },
      key(),
    );
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    chipId = issued.body.asset.id;
    brandId = (await admin.client.post('/api/admin/chips', { code: 'HEART', name: 'Hearts', supplyCap: 5000, dailyMintLimit: 5000 }, key()))
      .body.asset.id;
    const space = (await owner.post('/api/spaces', { name: 'General', kind: 'discussion' })).body.space.id;
    postId = (await bob.client.post(`/api/spaces/${space}/posts`, { title: 'Bob writes', body: 'Worth a tip' })).body.post.id;
  });
  after(() => app.close());

  it('only the issuer mints a personal chip, within the cap and the daily limit', async () => {
    for (const who of [bob, mod, admin]) assertProblem(await mint(who, 10), 403, 'forbidden');
    assertProblem(await mint(owner, 10), 403, 'forbidden');
    const first = await mint(alice, 300);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.supply, 300);
    assert.equal(first.body.issuerBalance, 300);
    const limit = await h.refusedUnchanged(() => mint(alice, 101), 422, 'chip_daily_limit_reached');
    assert.match(limit.body.detail, /100/, 'says what is left today');
    assert.equal((await mint(alice, 100)).status, 201);
    assert.equal(await h.balance(alice.id, chipId), 400);
    await h.auditOk();
  });

  it('refuses bad amounts and unknown chips with nothing changed', async () => {
    for (const amount of [0, -1, 1.5, '10', 2 ** 53, null, undefined])
      await h.refusedUnchanged(() => mint(alice, amount), 400, 'invalid_input');
    await h.refusedUnchanged(() => mint(alice, 1, 'no-such-chip'), 404, 'unknown_asset');
    const points = (await alice.client.get('/api/wallet')).body.points.asset.id;
    await h.refusedUnchanged(() => mint(alice, 1, points), 422, 'not_a_chip');
    await h.refusedUnchanged(() => give(alice, 'no-such-member', 1), 404, 'unknown_member');
    for (const amount of [0, -3, 2.5, 'x', 2 ** 53 + 2]) await h.refusedUnchanged(() => give(alice, bob.id, amount), 400, 'invalid_input');
  });

  it('the issuer gives chips with a note; the member sees them and is told', async () => {
    for (const who of [bob, admin]) assertProblem(await give(who, carol.id, 1), 403, 'forbidden');
    const k = key();
    const gift = await give(alice, bob.id, 25, chipId, k);
    assert.equal(gift.status, 201, JSON.stringify(gift.body));
    assert.equal(gift.body.issuerBalance, 375);
    const replay = await give(alice, bob.id, 25, chipId, k);
    assert.deepEqual(replay.body, gift.body, 'a retry replays, nothing moves twice');
    assert.equal(await h.balance(bob.id, chipId), 25);
    await h.refusedUnchanged(() => give(alice, bob.id, 26, chipId, k), 422, 'idempotency_key_reused');
    const wallet = (await bob.client.get('/api/wallet')).body;
    assert.deepEqual(
      wallet.chips.map((c: { asset: { code: string }; amount: number }) => [c.asset.code, c.amount]),
      [['ALICE', 25]],
    );
    const history = (await bob.client.get('/api/wallet/history')).body.items[0];
    assert.equal(history.kind, 'gift');
    assert.equal(history.memo, 'thanks!');
    await settle();
    const told = (await bob.client.get('/api/notifications')).body.items;
    assert.ok(
      told.some((n: { chipEvent: string; title: string }) => n.chipEvent === 'gift' && n.title === '25 Alice Coin'),
      JSON.stringify(told),
    );
    await h.refusedUnchanged(() => give(alice, bob.id, 10_000), 422, 'insufficient_balance');
    await h.refusedUnchanged(() => give(alice, alice.id, 1), 422, 'chip_self');
  });

  it('refuses blocked, banned and frozen recipients', async () => {
    assert.equal((await carol.client.put(`/api/members/${alice.id}/block`)).status, 200);
    await h.refusedUnchanged(() => give(alice, carol.id, 1), 422, 'chip_recipient_blocked');
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { memberIds: [bob.id, carol.id], amount: 1 }, key()),
      422,
      'chip_recipient_blocked',
    );
    assert.equal((await carol.client.delete(`/api/members/${alice.id}/block`)).status, 200);
    const wallet = await h.ledger.walletOf(h.db, carol.id, chipId);
    await h.ledger.freezeAccount(h.db, wallet.id, true);
    await h.refusedUnchanged(() => give(alice, carol.id, 1), 422, 'chip_recipient_frozen');
    await h.ledger.freezeAccount(h.db, wallet.id, false);
    await h.db.updateTable('member').set({ status: 'banned' }).where('id', '=', carol.id).execute();
    await h.refusedUnchanged(() => give(alice, carol.id, 1), 422, 'chip_recipient_unavailable');
    await h.db.updateTable('member').set({ status: 'active' }).where('id', '=', carol.id).execute();
  });

  it('airdrops mint to every listed member, all or none, within the cap and limits, idempotently', async () => {
    const ids = [bob.id, carol.id, mod.id];
    const body = { memberIds: ids, amount: 10, note: 'meetup' };
    // Today's limit (400) is spent: the whole drop is refused, nobody gets any.
    await h.refusedUnchanged(() => alice.client.post(`/api/chips/${chipId}/airdrop`, body, key()), 422, 'chip_daily_limit_reached');
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, memberIds: [bob.id, 'ghost'] }, key()),
      404,
      'unknown_member',
    );
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, memberIds: [bob.id, bob.id] }, key()),
      400,
      'invalid_input',
    );
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, memberIds: [] }, key()),
      400,
      'invalid_input',
    );
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, amount: 2 ** 52 }, key()),
      400,
      'invalid_input',
    );
    // The next UTC day the limit is fresh; the cap (1,000, of which 400 are out) still binds.
    (app.clock as ManualClock).advance(86_400_000);
    {
      await h.refusedUnchanged(
        () => alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, amount: 201 }, key()),
        422,
        'chip_cap_reached',
      );
      const k = key();
      const drop = await alice.client.post(`/api/chips/${chipId}/airdrop`, body, k);
      assert.equal(drop.status, 201, JSON.stringify(drop.body));
      assert.equal(drop.body.transfers.length, 3);
      assert.equal(drop.body.supply, 430);
      assert.deepEqual((await alice.client.post(`/api/chips/${chipId}/airdrop`, body, k)).body, drop.body);
      assertProblem(await alice.client.post(`/api/chips/${chipId}/airdrop`, { ...body, amount: 11 }, k), 422, 'idempotency_key_reused');
      assert.deepEqual([await h.balance(bob.id, chipId), await h.balance(carol.id, chipId), await h.balance(mod.id, chipId)], [35, 10, 10]);
    }
    await h.auditOk();
  });

  it('admins mint and give brand chips from the treasury; members cannot', async () => {
    for (const who of [alice, mod]) assertProblem(await mint(who, 5, brandId), 403, 'forbidden');
    const minted = await mint(admin, 100, brandId);
    assert.equal(minted.status, 201, JSON.stringify(minted.body));
    assert.equal(minted.body.issuerBalance, 100);
    const given = await give(owner, alice.id, 30, brandId);
    assert.equal(given.status, 201, JSON.stringify(given.body));
    assert.equal(given.body.issuerBalance, 70);
    assert.equal(await h.balance(alice.id, brandId), 30);
    const drop = await admin.client.post(`/api/chips/${brandId}/airdrop`, { memberIds: [bob.id, carol.id], amount: 5 }, key());
    assert.equal(drop.status, 201, JSON.stringify(drop.body));
    assert.equal(drop.body.supply, 110);
    await h.auditOk();
  });

  it('owners freeze a chip with a reason: no minting, giving, airdrops or tips until unfrozen', async () => {
    const freeze = (who: Who | ApiClient, id = chipId) =>
      ('client' in who ? who.client : who).post(`/api/admin/chips/${id}/freeze`, { reason: 'Looks like wash trading' });
    for (const who of [alice, mod, admin]) assertProblem(await freeze(who), 403, 'forbidden');
    assertProblem(await owner.post(`/api/admin/chips/${chipId}/freeze`, {}), 400, 'invalid_input');
    const points = (await alice.client.get('/api/wallet')).body.points.asset.id;
    assertProblem(await freeze(owner, points), 422, 'not_a_chip');
    const frozen = await freeze(owner);
    assert.equal(frozen.status, 200, JSON.stringify(frozen.body));
    assert.equal(frozen.body.frozen, true);
    assert.equal(frozen.body.freeze.reason, 'Looks like wash trading');
    assert.equal(frozen.body.freeze.by.id, ownerId);
    assertProblem(await freeze(owner), 409, 'chip_already_frozen');

    await h.refusedUnchanged(() => mint(alice, 1), 422, 'chip_frozen');
    await h.refusedUnchanged(() => give(alice, bob.id, 1), 422, 'chip_frozen');
    await h.refusedUnchanged(
      () => alice.client.post(`/api/chips/${chipId}/airdrop`, { memberIds: [bob.id], amount: 1 }, key()),
      422,
      'chip_frozen',
    );
    // Carol holds ALICE chips and tips Bob's post with them: refused while frozen.
    await h.refusedUnchanged(
      () => carol.client.post('/api/tips', { target: { kind: 'post', id: postId }, assetId: chipId, amount: 1 }, key()),
      422,
      'chip_frozen',
    );
    const page = (await alice.client.get('/api/economy/assets/alice')).body;
    assert.deepEqual(page.can, { mint: false, give: false, freeze: false });

    assertProblem(await alice.client.post(`/api/admin/chips/${chipId}/unfreeze`, { reason: 'ok' }), 403, 'forbidden');
    const thawed = await owner.post(`/api/admin/chips/${chipId}/unfreeze`, { reason: 'Checked: fine' });
    assert.equal(thawed.body.frozen, false);
    assertProblem(await owner.post(`/api/admin/chips/${chipId}/unfreeze`, { reason: 'again' }), 409, 'chip_not_frozen');
    const tip = await carol.client.post('/api/tips', { target: { kind: 'post', id: postId }, assetId: chipId, amount: 1 }, key());
    assert.equal(tip.status, 201, JSON.stringify(tip.body));
    const actions = await h.db
      .selectFrom('chipAction')
      .select(['action', 'actorId', 'reason'])
      .where('assetId', '=', chipId)
      .orderBy('createdAt')
      .execute();
    assert.deepEqual(
      actions.map((a) => a.action),
      ['issued', 'frozen', 'unfrozen'],
    );
    assert.equal(actions[1]!.actorId, ownerId);
    await h.auditOk();
  });
});
