/** Shared set-up of the market tests: a community, traders with points and chips, and helpers that prove refusals change nothing. */
import assert from 'node:assert/strict';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient } from '../../../test/harness.js';
import type { ManualClock } from '../../platform/clock.js';

export type Who = { client: ApiClient; id: string };

let keyCounter = 0;
export const key = () => ({ 'idempotency-key': `market-test-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

export async function marketCommunity() {
  const { app, owner, ownerId } = await startCommunity();
  const db = app.hearth.platform.db;
  const ledger = app.hearth.modules.ledger.service;
  const pointsId = (await owner.get('/api/wallet')).body.points.asset.id as string;
  // New accounts trade at once in these tests; the account-age rule has its own test.
  assert.equal((await owner.patch('/api/admin/market/settings', { minAccountAgeDays: 0 })).status, 200);
  const admin = await memberWithRole(app, owner, 'admin', { displayName: 'Ada Admin' });

  const balance = async (who: Who, assetId = pointsId) => (await ledger.walletOf(db, who.id, assetId)).balance;
  const grant = async (who: Who, amount: number) => {
    const res = await owner.post('/api/admin/points/grant', { memberId: who.id, amount, reason: 'to trade' }, key());
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  const trader = async (name: string, points = 1000) => {
    const who = await memberWithRole(app, owner, 'member', { displayName: name });
    if (points > 0) await grant(who, points);
    return who;
  };
  /** A personal chip of `issuer` with `amount` minted into their wallet. */
  const chip = async (issuer: Who, code: string, amount = 100) => {
    const asset = await ledger.createAsset(db, {
      code,
      name: `${code} chip`,
      kind: 'chip',
      issuerMemberId: issuer.id,
      supplyCap: 1_000_000,
    });
    await ledger.mint(db, { assetId: asset.id, to: { memberId: issuer.id }, amount, initiatorId: issuer.id });
    return asset.id;
  };
  const post = (who: Who, body: Record<string, unknown>, headers = key()) => who.client.post('/api/market/orders', body, headers);
  const fill = (who: Who, id: string, quantity: unknown, price: unknown, headers = key()) =>
    who.client.post(`/api/market/orders/${id}/fill`, { quantity, price }, headers);
  const cancel = (who: Who, id: string, headers = key()) => who.client.post(`/api/market/orders/${id}/cancel`, undefined, headers);
  const runJobs = async () => {
    for (let i = 0; i < 20; i++) if ((await app.hearth.platform.jobs.runDue(500)) === 0) return;
  };

  /**
   * Escrow = open orders: per asset, the escrow account holds exactly the units left on open
   * orders, each open order's hold is held for exactly its remaining units, and the ledger
   * audit passes.
   */
  const assertEscrowMatchesBook = async () => {
    const audit = await ledger.audit();
    assert.equal(audit.ok, true, JSON.stringify(audit.mismatches));
    const open = await db.selectFrom('marketOrder').selectAll().where('status', '=', 'open').execute();
    const holds = await ledger.stats.holdsByIds(
      db,
      open.map((o) => o.holdId!),
    );
    for (const o of open) {
      const hold = holds.find((h) => h.id === o.holdId)!;
      assert.deepEqual([hold.status, Number(hold.amount)], ['held', Number(o.remaining)], `order ${o.id}`);
    }
    const closed = await db.selectFrom('marketOrder').select('holdId').where('status', '<>', 'open').execute();
    assert.ok(
      closed.every((o) => o.holdId === null),
      'closed orders hold nothing',
    );
    const heldByAsset = new Map<string, number>();
    const allHeld = await db.selectFrom('hold').select(['assetId', 'amount']).where('status', '=', 'held').execute();
    for (const h of allHeld) heldByAsset.set(h.assetId, (heldByAsset.get(h.assetId) ?? 0) + Number(h.amount));
    const openByAsset = new Map<string, number>();
    for (const o of open) openByAsset.set(o.assetId, (openByAsset.get(o.assetId) ?? 0) + Number(o.remaining));
    for (const [assetId, units] of openByAsset) {
      const escrow = await ledger.systemAccountOf(db, assetId, 'escrow');
      assert.equal(escrow.balance, heldByAsset.get(assetId) ?? 0, 'escrow = open holds');
      assert.equal(units, heldByAsset.get(assetId) ?? 0, 'open holds = open orders (no other holds in these tests)');
    }
  };

  /** The request is refused with status/code and a translated reason, and no row (balance, order, hold, job) changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, code: string) {
    const ignore = ['session', 'idempotency_key', 'member'];
    const before = await snapshotDb(db, ignore);
    const res = await send();
    assertProblem(res, status, code);
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await snapshotDb(db, ignore), before, `${code}: rows changed`);
    return res;
  }
  return {
    app,
    owner,
    ownerId,
    admin,
    pointsId,
    db,
    ledger,
    clock: app.clock as ManualClock,
    balance,
    grant,
    trader,
    chip,
    post,
    fill,
    cancel,
    runJobs,
    assertEscrowMatchesBook,
    refusedUnchanged,
  };
}
