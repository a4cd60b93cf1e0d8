/** Shared set-up of the perks tests: a community, members with points, and helpers that prove refusals change nothing. */
import assert from 'node:assert/strict';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import type { ManualClock } from '../../platform/clock.js';

export type Who = { client: ApiClient; id: string };

let keyCounter = 0;
export const key = () => ({ 'idempotency-key': `perk-test-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

export async function perkCommunity() {
  const { app, owner, ownerId } = await startCommunity();
  const admin = await memberWithRole(app, owner, 'admin', { displayName: 'Ada Admin' });
  const pointsId = (await owner.get('/api/wallet')).body.points.asset.id as string;
  const helpers = perkHelpers(app, owner, pointsId);
  return { app, owner, ownerId, admin, pointsId, clock: app.clock as ManualClock, ...helpers };
}

export function perkHelpers(app: TestApp, owner: ApiClient, pointsId: string) {
  const db = app.hearth.platform.db;
  const ledger = app.hearth.modules.ledger.service;
  const balance = async (who: Who, assetId = pointsId) => (await ledger.walletOf(db, who.id, assetId)).balance;
  const grant = async (who: Who, amount: number) => {
    const res = await owner.post('/api/admin/points/grant', { memberId: who.id, amount, reason: 'for the shop' }, key());
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  const buyer = async (name: string, points = 1000) => {
    const who = await memberWithRole(app, owner, 'member', { displayName: name });
    if (points > 0) await grant(who, points);
    return who;
  };
  const listPerk = async (seller: ApiClient, overrides: Record<string, unknown> = {}) => {
    const res = await seller.post('/api/perks', {
      title: 'Signed poster',
      description: 'A **signed** poster of the band.',
      kind: 'goods',
      assetId: pointsId,
      price: 100,
      stock: 5,
      ...overrides,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; price: number; asset: { id: string } };
  };
  const redeem = (who: Who, perk: { id: string; price: number }, headers = key(), extra: Record<string, unknown> = {}) =>
    who.client.post(`/api/perks/${perk.id}/redeem`, { assetId: pointsId, price: perk.price, ...extra }, headers);
  const stockLeft = async (perkId: string) =>
    (await db.selectFrom('perk').select('stockLeft').where('id', '=', perkId).executeTakeFirstOrThrow()).stockLeft;
  const transferCount = async () =>
    Number(
      (
        await db
          .selectFrom('transfer')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const runJobs = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };
  const auditOk = async () => {
    const audit = await ledger.audit();
    assert.equal(audit.ok, true, JSON.stringify(audit.mismatches));
    return audit;
  };

  /** The request is refused with status/code and a translated reason, and no row (balance, stock, order, job) changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, code: string) {
    // Sessions and last-seen times move with every request; idempotency keys record refusals by design.
    const ignore = ['session', 'idempotency_key', 'member'];
    const [before, count] = await Promise.all([snapshotDb(db, ignore), transferCount()]);
    const res = await send();
    assertProblem(res, status, code);
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await transferCount(), count, `${code}: a transfer was written`);
    assert.equal(await snapshotDb(db, ignore), before, `${code}: rows changed`);
    return res;
  }
  return { balance, grant, buyer, listPerk, redeem, stockLeft, transferCount, runJobs, auditOk, refusedUnchanged };
}
