/**
 * The economy console over HTTP: who may use it, the figures it shows, freezing wallets and
 * reversing transfers (bad input, races, audit), the tamper check, the detectors' flags and
 * members' transparency behind the owner's switch.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { after, before, describe, it } from 'node:test';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { DETECT_JOB } from './index.js';
import { key, oversightCommunity, type Who } from './oversight.test-support.js';

describe('oversight: the economy console', () => {
  let app: TestApp;
  let owner: ApiClient;
  let h: Awaited<ReturnType<typeof oversightCommunity>>;
  let pointsId: string;

  before(async () => {
    h = await oversightCommunity();
    ({ app, owner, pointsId } = h);
  });
  after(() => app.close());

  it('is for owners and admins only: members and moderators are refused', async () => {
    const member = await h.member('Mia');
    const transferId = await h.grant(member, 10);
    const reads = [
      '/api/admin/economy/overview',
      `/api/admin/economy/flows?assetId=${pointsId}`,
      '/api/admin/economy/flags',
      `/api/admin/economy/transfers/${transferId}`,
    ];
    for (const path of reads) {
      for (const who of [member, h.moderator]) assert.equal((await who.client.get(path)).status, 403, path);
      for (const client of [h.admin.client, owner]) assert.equal((await client.get(path)).status, 200, path);
    }
    const writes: [string, unknown][] = [
      ['/api/admin/economy/verify', {}],
      ['/api/admin/economy/flags/scan', {}],
      ['/api/admin/economy/wallets/freeze', { memberId: member.id, assetId: pointsId, frozen: true, reason: 'x' }],
      [`/api/admin/economy/transfers/${transferId}/reverse`, { reason: 'x' }],
    ];
    for (const [path, body] of writes)
      for (const who of [member, h.moderator]) await h.refusedUnchanged(() => who.client.post(path, body, key()), 403, 'forbidden');
    // The transparency switch is the owner's alone.
    await h.refusedUnchanged(() => h.admin.client.put('/api/admin/economy/transparency', { membersMayVerify: true }), 403, 'forbidden');
    assert.equal((await h.admin.client.get('/api/admin/economy/transparency')).body.membersMayVerify, false);
  });

  it('shows supply, circulation, cap and top holders with their share, and daily flows', async () => {
    const rich = await h.member('Rich', 600);
    await h.member('Poor', 100);
    const overview = (await h.admin.client.get('/api/admin/economy/overview')).body;
    const points = overview.assets.find((a: any) => a.assetId === pointsId);
    const audit = await h.ledger.audit();
    const supply = audit.assets.find((a) => a.assetId === pointsId)!.supply;
    assert.equal(points.supply, supply);
    assert.equal(points.supplyCap, null);
    assert.equal(
      points.circulation.members + points.circulation.ownerless + points.circulation.escrow + points.circulation.treasury,
      supply,
    );
    assert.equal(points.topHolders[0].member.id, rich.id);
    assert.equal(points.topHolders[0].balance, 600);
    assert.ok(Math.abs(points.topHolders[0].share - 600 / supply) < 1e-9);
    assert.ok(points.topShare <= 1 && points.topShare >= points.topHolders[0].share);

    const flows = (await h.admin.client.get(`/api/admin/economy/flows?assetId=${pointsId}&days=30`)).body;
    assert.equal(flows.days.length, 30);
    const today = new Date(h.clock.now()).toISOString().slice(0, 10);
    assert.equal(flows.days[29].day, today);
    assert.equal(
      flows.days.reduce((s: number, d: any) => s + d.minted, 0),
      supply,
      'every grant so far is minted today',
    );
    assert.equal((await h.admin.client.get(`/api/admin/economy/flows?assetId=${pointsId}&days=90`)).body.days.length, 90);
    const bad = await h.admin.client.get(`/api/admin/economy/flows?assetId=${pointsId}&days=45`);
    assert.equal(bad.status, 400);
    assert.equal((await h.admin.client.get('/api/admin/economy/flows?assetId=nope')).body.code, 'unknown_asset');
  });

  it('freezes and unfreezes a wallet with a reason, refuses repeats and bad input, and audits it', async () => {
    const target = await h.member('Frosty', 50);
    const friend = await h.member('Friend', 50);
    const freeze = (frozen: boolean, extra: Record<string, unknown> = {}) =>
      h.admin.client.post('/api/admin/economy/wallets/freeze', {
        memberId: target.id,
        assetId: pointsId,
        frozen,
        reason: 'suspicious ring',
        ...extra,
      });
    await h.refusedUnchanged(() => freeze(true, { reason: '  ' }), 400, 'invalid_input');
    await h.refusedUnchanged(() => freeze(true, { memberId: 'no-such-member' }), 404, 'unknown_member');
    await h.refusedUnchanged(() => freeze(false), 409, 'wallet_not_frozen');
    const res = await freeze(true);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.frozen, true);
    await h.refusedUnchanged(() => freeze(true), 409, 'wallet_already_frozen');
    await assert.rejects(h.pay(target, friend, 5), /account_frozen/);
    await assert.rejects(h.pay(friend, target, 5), /account_frozen/);
    const overview = (await owner.get('/api/admin/economy/overview')).body;
    assert.equal(
      overview.assets.find((a: any) => a.assetId === pointsId).topHolders.find((t: any) => t.member?.id === target.id)?.frozen ?? true,
      true,
    );
    assert.equal((await freeze(false)).status, 200);
    await h.pay(target, friend, 5);
    assert.equal(await h.auditCount('economy.wallet.freeze'), 1);
    assert.equal(await h.auditCount('economy.wallet.unfreeze'), 1);
  });

  it('reverses a transfer once with a compensating transfer; refuses a second, a reversal and an overdraw', async () => {
    const payer = await h.member('Payer', 300);
    const payee = await h.member('Payee');
    const paid = await h.pay(payer, payee, 120);
    const reverse = (id: string, reason = 'wash trade') =>
      h.admin.client.post(`/api/admin/economy/transfers/${id}/reverse`, { reason }, key());
    await h.refusedUnchanged(() => reverse(paid.id, ''), 400, 'invalid_input');
    await h.refusedUnchanged(() => reverse('no-such-transfer'), 404, 'unknown_transfer');
    // Two admins at once: one wins, the other is told it is already reversed.
    const [a, b] = await Promise.all([
      reverse(paid.id),
      owner.post(`/api/admin/economy/transfers/${paid.id}/reverse`, { reason: 'same' }, key()),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 409], JSON.stringify([a.body, b.body]));
    const won = a.status === 201 ? a : b;
    assert.equal(won.body.reversal.reversalOf, paid.id);
    assert.equal(won.body.reversal.from.id, payee.id);
    assert.equal(won.body.reversal.to.id, payer.id);
    assert.equal(won.body.reversal.memo, a.status === 201 ? 'wash trade' : 'same');
    assert.deepEqual([await h.balance(payer), await h.balance(payee)], [300, 0]);
    assert.equal((await owner.get(`/api/admin/economy/transfers/${paid.id}`)).body.transfer.reversedBy, won.body.reversal.id);
    await h.refusedUnchanged(() => reverse(paid.id), 409, 'already_reversed');
    await h.refusedUnchanged(() => reverse(won.body.reversal.id), 422, 'not_reversible');
    // Spent already: reversing would take the payee below zero.
    const again = await h.pay(payer, payee, 100);
    await h.pay(payee, payer, 80);
    await h.refusedUnchanged(() => reverse(again.id), 422, 'insufficient_balance');
    assert.equal(await h.auditCount('economy.transfer.reverse'), 1);
    assert.equal((await h.ledger.audit()).ok, true);
  });

  it('verify now runs the audit with its duration, and reports a transfer altered in SQL', async () => {
    const res = await h.admin.client.post('/api/admin/economy/verify', {});
    assert.equal(res.status, 200);
    assert.equal(res.body.audit.ok, true, JSON.stringify(res.body.audit.mismatches));
    assert.ok(Number.isInteger(res.body.durationMs) && res.body.durationMs >= 0);
    assert.ok(res.body.audit.transfers > 0);
  });
});

describe('oversight: tampering, flags and transparency', () => {
  let app: TestApp;
  let owner: ApiClient;
  let h: Awaited<ReturnType<typeof oversightCommunity>>;

  before(async () => {
    h = await oversightCommunity();
    ({ app, owner } = h);
  });
  after(() => app.close());

  it('keeps members out until the owner opens transparency, then lets them verify their wallet', async () => {
    const member = await h.member('Curious', 70);
    await h.refusedUnchanged(() => member.client.get('/api/economy/transparency'), 403, 'transparency_off');
    await h.refusedUnchanged(() => member.client.post('/api/economy/transparency/verify-wallet', {}), 403, 'transparency_off');
    assert.equal((await h.admin.client.get('/api/economy/transparency')).status, 200, 'admins always may');
    const on = await owner.put('/api/admin/economy/transparency', { membersMayVerify: true });
    assert.deepEqual(on.body, { membersMayVerify: true });
    assert.equal(await h.auditCount('economy.transparency'), 1);
    const page = (await member.client.get('/api/economy/transparency')).body;
    assert.ok(page.assets.some((a: any) => a.assetId === h.pointsId && a.supply >= 70));
    assert.equal(page.assets[0].topHolders, undefined, 'members do not see who holds what');
    const check = (await member.client.post('/api/economy/transparency/verify-wallet', {})).body;
    assert.equal(check.ok, true);
    const points = check.wallets.find((w: any) => w.assetId === h.pointsId);
    assert.deepEqual([points.transfers, points.balance, points.match], [1, 70, true]);
    assert.equal(points.recomputedHead, points.storedHead);
  });

  it('raises round trips, cycles and many-to-one as flags, tells admins, and lets them decide once', async () => {
    const [a, b, c] = [await h.member('Ann', 1000), await h.member('Ben', 1000), await h.member('Cat', 1000)];
    await h.pay(a, b, 400);
    await h.pay(b, a, 390);
    await h.pay(a, c, 200);
    await h.pay(c, b, 200);
    await h.pay(b, a, 195);
    const farm = await h.member('Farm');
    const sybils: Who[] = [];
    for (let i = 0; i < 5; i++) sybils.push(await h.member(`Sock ${i}`, 30));
    for (const s of sybils) await h.pay(s, farm, 30);
    const benign = await h.member('Star');
    for (const s of [a, b, c]) await h.pay(s, benign, 10);

    const scan = await h.admin.client.post('/api/admin/economy/flags/scan', {});
    assert.equal(scan.status, 200, JSON.stringify(scan.body));
    const open = (await h.admin.client.get('/api/admin/economy/flags')).body.items as any[];
    const kinds = open.map((f) => f.kind).sort();
    assert.deepEqual([...new Set(kinds)], ['cycle', 'many_to_one', 'round_trip']);
    assert.equal(scan.body.raised, open.length);
    assert.ok(!open.some((f) => f.members.some((m: any) => m.id === benign.id)), 'a popular member is not flagged');
    const ring = open.find((f) => f.kind === 'many_to_one');
    assert.equal(ring.members[0].id, farm.id);
    assert.equal(ring.transferIds.length, 5);
    assert.equal((await h.admin.client.post('/api/admin/economy/flags/scan', {})).body.raised, 0, 'a rerun raises nothing twice');

    const notices = (await h.admin.client.get('/api/notifications')).body.items as any[];
    assert.ok(notices.some((n) => n.kind === 'moderation' && n.url === '/admin/economy#flags' && /new flagged/.test(n.title)));

    const flag = open.find((f) => f.kind === 'round_trip');
    const decide = (client: ApiClient, body: Record<string, unknown>) => client.post(`/api/admin/economy/flags/${flag.id}/decision`, body);
    await h.refusedUnchanged(() => decide(h.admin.client, { status: 'dismissed', reason: '' }), 400, 'invalid_input');
    await h.refusedUnchanged(() => decide(h.admin.client, { status: 'open', reason: 'x' }), 400, 'invalid_input');
    await h.refusedUnchanged(
      () => h.admin.client.post('/api/admin/economy/flags/nope/decision', { status: 'dismissed', reason: 'x' }),
      404,
      'unknown_flag',
    );
    const [d1, d2] = await Promise.all([
      decide(h.admin.client, { status: 'dismissed', reason: 'friends settling a bill' }),
      decide(owner, { status: 'actioned', reason: 'froze' }),
    ]);
    assert.deepEqual([d1.status, d2.status].sort(), [200, 409]);
    const dismissed = (await h.admin.client.get('/api/admin/economy/flags?status=dismissed')).body.items as any[];
    const actioned = (await h.admin.client.get('/api/admin/economy/flags?status=actioned')).body.items as any[];
    assert.equal(dismissed.length + actioned.length, 1);
    const decided = [...dismissed, ...actioned][0];
    assert.ok(decided.decidedBy && decided.reason && decided.decidedAt);
    assert.equal((await h.auditCount('economy.flag.dismiss')) + (await h.auditCount('economy.flag.action')), 1);
  });

  it('runs the detectors as a periodic job on the injected clock', async () => {
    const [x, y] = [await h.member('Xu', 500), await h.member('Yi', 500)];
    await h.app.hearth.modules.oversight.flags.schedule();
    await h.pay(x, y, 250);
    await h.pay(y, x, 250);
    const jobs = h.app.hearth.platform.jobs;
    const detectRuns = async () =>
      (await h.db.selectFrom('job').select('id').where('name', '=', DETECT_JOB).where('doneAt', 'is not', null).execute()).length;
    for (let i = 0; i < 10 && (await jobs.runDue()) > 0; i++);
    assert.equal(await detectRuns(), 0, 'not due yet');
    h.clock.advance(61 * 60_000);
    for (let i = 0; i < 10 && (await jobs.runDue()) > 0; i++);
    assert.equal(await detectRuns(), 1);
    const flags = (await owner.get('/api/admin/economy/flags')).body.items as any[];
    assert.ok(flags.some((f) => f.kind === 'round_trip' && f.members.some((m: any) => m.id === x.id)));
    const next = await h.db.selectFrom('job').select('runAt').where('name', '=', DETECT_JOB).where('doneAt', 'is', null).executeTakeFirst();
    assert.ok(next && next.runAt > h.clock.now(), 'the next run is scheduled');
  });

  it('reports a transfer row altered in SQL: the audit names the broken chain and the member sees a mismatch', async () => {
    const victim = await h.member('Victim', 40);
    const wallet = await h.ledger.walletOf(h.db, victim.id, h.pointsId);
    // Someone with database access rewrites the amount and makes the cached balances match.
    const postgres = h.app.hearth.platform.dialect === 'postgres';
    if (postgres) await sql`alter table transfer disable trigger transfer_append_only`.execute(h.db);
    else await sql`drop trigger transfer_no_update`.execute(h.db);
    const grant = await h.db
      .selectFrom('transfer')
      .select(['debitAccountId'])
      .where('id', '=', wallet.lastTransferId)
      .executeTakeFirstOrThrow();
    const shift = async (delta: number) => {
      await sql`update transfer set amount = amount + ${delta} where id = ${wallet.lastTransferId}`.execute(h.db);
      await sql`update account set balance = balance + ${delta} where id = ${wallet.id}`.execute(h.db);
      await sql`update account set balance = balance - ${delta} where id = ${grant.debitAccountId}`.execute(h.db);
    };
    await shift(3960);
    const res = (await owner.post('/api/admin/economy/verify', {})).body;
    assert.equal(res.audit.ok, false);
    assert.ok(
      res.audit.mismatches.some((m: any) => m.check === 'chain' && m.accountId === wallet.id && m.transferId === wallet.lastTransferId),
    );
    const mine = (await victim.client.post('/api/economy/transparency/verify-wallet', {})).body;
    assert.equal(mine.ok, false);
    const points = mine.wallets.find((w: any) => w.assetId === h.pointsId);
    assert.equal(points.match, false);
    assert.notEqual(points.recomputedHead, points.storedHead);
    await shift(-3960);
    if (postgres) await sql`alter table transfer enable trigger transfer_append_only`.execute(h.db);
    assert.equal((await owner.post('/api/admin/economy/verify', {})).body.audit.ok, true);
  });
});
