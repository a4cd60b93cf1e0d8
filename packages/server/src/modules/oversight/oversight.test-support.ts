/** Shared set-up of the oversight tests: a community with an admin, a moderator and members holding points. */
import assert from 'node:assert/strict';
import { memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient } from '../../../test/harness.js';
import type { ManualClock } from '../../platform/clock.js';

export type Who = { client: ApiClient; id: string };

let keyCounter = 0;
export const key = () => ({ 'idempotency-key': `oversight-${++keyCounter}-${Math.random().toString(36).slice(2, 8)}` });

export async function oversightCommunity() {
  const { app, owner, ownerId } = await startCommunity();
  const admin = await memberWithRole(app, owner, 'admin', { displayName: 'Ada Admin' });
  const moderator = await memberWithRole(app, owner, 'moderator', { displayName: 'Mo Moderator' });
  const pointsId = (await owner.get('/api/wallet')).body.points.asset.id as string;
  const db = app.hearth.platform.db;
  const ledger = app.hearth.modules.ledger.service;
  const grant = async (who: Who, amount: number) => {
    const res = await owner.post('/api/admin/points/grant', { memberId: who.id, amount, reason: 'seed' }, key());
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.transfer.id as string;
  };
  const member = async (name: string, points = 0) => {
    const who = await memberWithRole(app, owner, 'member', { displayName: name });
    if (points > 0) await grant(who, points);
    return who;
  };
  /** A member-to-member movement written through the ledger, as tips, transfers and order fills are. */
  const pay = (from: Who, to: Who, amount: number) =>
    ledger.transfer(db, {
      assetId: pointsId,
      from: { memberId: from.id },
      to: { memberId: to.id },
      amount,
      kind: 'transfer',
      initiatorId: from.id,
    });
  const balance = async (who: Who) => (await ledger.walletOf(db, who.id, pointsId)).balance;
  const auditCount = async (action: string) =>
    Number(
      (
        await db
          .selectFrom('auditEntry')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** The request is refused with status/code and a translated reason, and no row changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: any }>, status: number, code: string) {
    const ignore = ['session', 'idempotency_key', 'member'];
    const before = await snapshotDb(db, ignore);
    const res = await send();
    assert.equal(res.status, status, JSON.stringify(res.body));
    assert.equal(res.body.code, code, JSON.stringify(res.body));
    assert.ok(typeof res.body.detail === 'string' && res.body.detail.length > 0, 'a translated reason');
    assert.equal(await snapshotDb(db, ignore), before, `${code}: rows changed`);
    return res;
  }
  return {
    app,
    owner,
    ownerId,
    admin,
    moderator,
    pointsId,
    db,
    ledger,
    clock: app.clock as ManualClock,
    grant,
    member,
    pay,
    balance,
    auditCount,
    refusedUnchanged,
  };
}
