/** The wallet over HTTP: balances as a collection, gapless history pages, and owners' grants and deductions. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

type Who = { client: ApiClient; id: string };
let keyCounter = 0;
const key = () => ({ 'idempotency-key': `wallet-test-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

describe('wallet and points administration', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let admin: Who;
  let moderator: Who;
  let ada: Who;
  let pointsId: string;

  const grant = (by: ApiClient, memberId: string, amount: number, reason = 'for helping', headers = key()) =>
    by.post('/api/admin/points/grant', { memberId, amount, reason }, headers);
  const transferCount = async () =>
    Number(
      (
        await app.hearth.platform.db
          .selectFrom('transfer')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    ({ app, owner, ownerId } = await startCommunity());
    admin = await memberWithRole(app, owner, 'admin');
    moderator = await memberWithRole(app, owner, 'moderator');
    ada = await memberWithRole(app, owner, 'member', { displayName: 'Ada' });
  });
  after(() => app.close());

  it('shows 0 points on a fresh install and an empty collection', async () => {
    const wallet = (await ada.client.get('/api/wallet')).body;
    assert.equal(wallet.points.amount, 0);
    assert.equal(wallet.points.asset.kind, 'points');
    assert.deepEqual(wallet.balances, [wallet.points]);
    assert.deepEqual(wallet.chips, []);
    assert.equal(wallet.issuerCount, 0);
    pointsId = wallet.points.asset.id;
    assert.deepEqual((await ada.client.get('/api/wallet/history')).body, { items: [], nextCursor: null });
  });

  it('lets only owners and admins grant and deduct, with a reason, recorded in the member history', async () => {
    const body = { memberId: ada.id, amount: 5, reason: 'thanks' };
    for (const path of ['/api/admin/points/grant', '/api/admin/points/deduct']) {
      assertProblem(await app.client().post(path, body, key()), 401, 'unauthenticated');
      assertProblem(await ada.client.post(path, body, key()), 403, 'forbidden');
      assertProblem(await moderator.client.post(path, body, key()), 403, 'forbidden');
      assertProblem(await owner.post(path, { ...body, reason: '' }, key()), 400, 'invalid_input');
      assertProblem(await owner.post(path, { ...body, amount: 0 }, key()), 400, 'invalid_input');
      assertProblem(await owner.post(path, { ...body, memberId: 'nobody' }, key()), 404, 'not_found');
    }
    const granted = await grant(owner, ada.id, 120, 'event prize');
    assert.equal(granted.status, 201, JSON.stringify(granted.body));
    assert.equal(granted.body.balance, 120);
    assert.equal((await grant(admin.client, ada.id, 30)).body.balance, 150);
    const deducted = await admin.client.post('/api/admin/points/deduct', { memberId: ada.id, amount: 50, reason: 'spam' }, key());
    assert.equal(deducted.status, 201);
    assert.equal(deducted.body.balance, 100);
    assert.equal(deducted.body.transfer.kind, 'deduct');

    const count = await transferCount();
    const tooMuch = await owner.post('/api/admin/points/deduct', { memberId: ada.id, amount: 101, reason: 'too much' }, key());
    assertProblem(tooMuch, 422, 'insufficient_balance');
    assert.equal(await transferCount(), count);
    assert.equal((await ada.client.get('/api/wallet')).body.points.amount, 100);

    const history = (await owner.get(`/api/admin/members/${ada.id}/history`)).body.items.filter((c: any) => c.field === 'points');
    assert.deepEqual(
      history.map((c: any) => [c.from, c.to, c.reason, c.actorId]),
      [
        ['150', '100', 'spam', admin.id],
        ['120', '150', 'for helping', admin.id],
        ['0', '120', 'event prize', ownerId],
      ],
    );
    const entries = (await ada.client.get('/api/wallet/history')).body.items;
    assert.deepEqual(
      entries.map((e: any) => [e.direction, e.amount, e.kind, e.memo, e.counterpart.type]),
      [
        ['out', 50, 'deduct', 'spam', 'system'],
        ['in', 30, 'grant', 'for helping', 'system'],
        ['in', 120, 'grant', 'event prize', 'system'],
      ],
    );
  });

  it('replays a retried grant with the same key, and refuses the key with another body', async () => {
    const headers = key();
    const first = await grant(owner, ada.id, 7, 'retry me', headers);
    assert.equal(first.status, 201);
    const count = await transferCount();
    const again = await grant(owner, ada.id, 7, 'retry me', headers);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(await transferCount(), count);
    assertProblem(await grant(owner, ada.id, 8, 'retry me', headers), 422, 'idempotency_key_reused');
    assert.equal((await ada.client.get('/api/wallet')).body.points.amount, 107);
  });

  it('shows chips as a collection with their issuers', async () => {
    const ledger = app.hearth.modules.ledger.service;
    const db = app.hearth.platform.db;
    const issuers = [admin, moderator, await memberWithRole(app, owner, 'member', { displayName: 'Chip Maker' })];
    for (const [i, issuer] of issuers.entries()) {
      const chip = await ledger.createAsset(db, {
        code: `CHIP${i}`,
        name: `Chip ${i}`,
        kind: 'chip',
        issuerMemberId: issuer.id,
        supplyCap: 1000,
      });
      await ledger.mint(db, { assetId: chip.id, to: { memberId: ada.id }, amount: 10 * (i + 1), initiatorId: issuer.id });
    }
    const wallet = (await ada.client.get('/api/wallet')).body;
    assert.equal(wallet.issuerCount, 3);
    assert.deepEqual(
      wallet.chips.map((c: any) => [c.asset.name, c.amount, c.asset.issuer.id]),
      [
        ['Chip 2', 30, issuers[2]!.id],
        ['Chip 1', 20, moderator.id],
        ['Chip 0', 10, admin.id],
      ],
    );
    assert.equal(wallet.balances[0].asset.id, pointsId);
    assert.equal(wallet.balances.length, 4);
    const chipOnly = (await ada.client.get(`/api/wallet/history?assetId=${wallet.chips[0].asset.id}`)).body.items;
    assert.equal(chipOnly.length, 1);
    assert.equal(chipOnly[0].counterpart.member.id, issuers[2]!.id, 'minted by its issuer');
  });

  it('pages the whole history across assets without gaps or repeats, even while new movements arrive', async () => {
    const ledger = app.hearth.modules.ledger.service;
    const db = app.hearth.platform.db;
    for (let i = 0; i < 12; i++) await grant(owner, ada.id, i + 1, `batch ${i}`);
    const wallets = await ledger.walletsOf(db, ada.id);
    const accountIds = wallets.map((w) => w.account.id);
    const all = await db
      .selectFrom('transfer')
      .select(['id', 'seq'])
      .where((eb) => eb.or([eb('debitAccountId', 'in', accountIds), eb('creditAccountId', 'in', accountIds)]))
      .orderBy('seq', 'desc')
      .execute();

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: any } = await ada.client.get(`/api/wallet/history?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      seen.push(...res.body.items.map((e: any) => e.transferId));
      cursor = res.body.nextCursor;
      // Written between pages: newer than the first page, so never in a later one.
      if (pages++ === 1) await grant(owner, ada.id, 1, 'while paging');
    } while (cursor);
    assert.equal(new Set(seen).size, seen.length, 'no movement repeats');
    assert.deepEqual(
      seen,
      all.map((t) => t.id),
      'every movement, newest first',
    );
    assert.ok(pages >= 5);
    assertProblem(await ada.client.get('/api/wallet/history?cursor=bm90LWEtY3Vyc29y'), 400, 'invalid_input');
  });
});

describe('demo economy', () => {
  it('gives demo members points history: welcome grants and tips on threads', async () => {
    const { startTestApp, setUpCommunity } = await import('../../../test/harness.js');
    const app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
    try {
      await setUpCommunity(app, { locale: 'zh-TW', demo: true });
      const db = app.hearth.platform.db;
      const tips = await db.selectFrom('tip').selectAll().execute();
      assert.ok(tips.length >= 4, `only ${tips.length} demo tips`);
      const ledger = app.hearth.modules.ledger.service;
      const recipient = tips[0]!.recipientId!;
      const wallets = await ledger.walletsOf(db, recipient);
      const history = await ledger.history(db, wallets[0]!.account.id);
      assert.ok(history.items.some((t) => t.kind === 'grant') && history.items.some((t) => t.kind === 'tip'));
      assert.equal((await ledger.audit()).ok, true);
    } finally {
      await app.close();
    }
  });
});
