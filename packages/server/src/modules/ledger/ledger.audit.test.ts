/**
 * The audit as an admin route (owners and admins only), and as a tamper detector: an edited
 * cached balance, and an edited transfer whose balances were made to match, both fail it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { assertProblem, memberWithRole } from '../../../test/community.js';
import { startLedger, type LedgerFixture } from './ledger.test-support.js';

describe('ledger audit route', () => {
  let f: LedgerFixture;
  const db = () => f.app.hearth.platform.db;
  before(async () => {
    f = await startLedger();
    const ada = await f.member();
    await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: ada }, amount: 5, kind: 'grant' });
  });
  after(() => f.close());

  it('answers owners and admins, refuses moderators and members, asks the anonymous to sign in', async () => {
    const owner = f.app.client();
    owner.cookies.set('hearth_session', await f.app.hearth.modules.identity.sessions.create(db(), f.ownerId, 'test'));
    const res = await owner.get('/api/admin/ledger/audit');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.ok, true);
    assert.ok(res.body.transfers > 0);
    assert.ok(res.body.assets.some((a: { code: string; sumOfBalances: number }) => a.code === 'POINTS' && a.sumOfBalances === 0));
    const admin = await memberWithRole(f.app, owner, 'admin');
    assert.equal((await admin.client.get('/api/admin/ledger/audit')).status, 200);
    for (const role of ['moderator', 'member'] as const) {
      const who = await memberWithRole(f.app, owner, role);
      assertProblem(await who.client.get('/api/admin/ledger/audit'), 403, 'forbidden');
    }
    assertProblem(await f.app.client().get('/api/admin/ledger/audit'), 401, 'unauthenticated');
  });
});

describe('ledger audit detects tampering', () => {
  let f: LedgerFixture;
  before(async () => {
    f = await startLedger();
  });
  after(() => f.close());
  const db = () => f.app.hearth.platform.db;

  it('flags an edited cached balance, and an edited transfer even when the balances were made to match', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: ada }, amount: 50, kind: 'grant' });
    const t = await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 20 });
    await f.assertAudit();

    await sql`update account set balance = balance + 1 where id = ${t.creditAccountId}`.execute(db());
    let audit = await f.ledger.audit();
    assert.equal(audit.ok, false);
    assert.deepEqual(new Set(audit.mismatches.map((m) => m.check)), new Set(['cached_balance', 'zero_sum']));
    await sql`update account set balance = balance - 1 where id = ${t.creditAccountId}`.execute(db());
    await f.assertAudit();

    // Someone with database access rewrites the amount and fixes both balances to match.
    const postgres = f.app.hearth.platform.dialect === 'postgres';
    if (postgres) await sql`alter table transfer disable trigger transfer_append_only`.execute(db());
    else await sql`drop trigger transfer_no_update`.execute(db());
    await sql`update transfer set amount = 25 where id = ${t.id}`.execute(db());
    await sql`update account set balance = balance - 5 where id = ${t.debitAccountId}`.execute(db());
    await sql`update account set balance = balance + 5 where id = ${t.creditAccountId}`.execute(db());
    audit = await f.ledger.audit();
    assert.equal(audit.ok, false);
    assert.ok(audit.mismatches.some((m) => m.check === 'chain' && m.transferId === t.id));
    if (postgres) await sql`alter table transfer enable trigger transfer_append_only`.execute(db());
  });
});
