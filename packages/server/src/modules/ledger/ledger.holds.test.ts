/**
 * Two-phase holds (escrow): settle wholly or partly, release, expiry by the job, idempotent
 * holds; and reversals as compensating transfers. The audit runs after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { ManualClock } from '../../platform/clock.js';
import type { Asset } from './index.js';
import { assertRefused, startLedger, type LedgerFixture } from './ledger.test-support.js';

describe('ledger holds and reversals', () => {
  let f: LedgerFixture;
  const db = () => f.app.hearth.platform.db;
  const balance = async (memberId: string, asset: Asset = f.points) => (await f.ledger.walletOf(db(), memberId, asset.id)).balance;
  const grant = (memberId: string, amount: number, asset: Asset = f.points) =>
    f.ledger.mint(db(), { assetId: asset.id, to: { memberId }, amount, kind: asset.kind === 'points' ? 'grant' : 'mint' });

  before(async () => {
    f = await startLedger();
  });
  afterEach(() => f.assertAudit());
  after(() => f.close());

  it('holds in escrow, then settles (partly) or releases exactly once', async () => {
    const buyer = await f.member('Buyer');
    const seller = await f.member('Seller');
    await grant(buyer, 100);
    const hold = await f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: buyer }, to: { memberId: seller }, amount: 40 });
    assert.equal(hold.status, 'held');
    assert.equal(await balance(buyer), 60);
    const audit = await f.ledger.audit();
    assert.ok(audit.assets.find((a) => a.assetId === f.points.id)!.escrowed >= 40);
    const settled = await f.ledger.settle(db(), hold.id, { amount: 30 });
    assert.deepEqual(
      settled.transfers.map((t) => [t.kind, t.amount]),
      [
        ['settle', 30],
        ['release', 10],
      ],
    );
    assert.equal(await balance(seller), 30);
    assert.equal(await balance(buyer), 70);
    await assertRefused(f.ledger.settle(db(), hold.id), 'hold_resolved', 409);
    await assertRefused(f.ledger.release(db(), hold.id), 'hold_resolved', 409);

    const second = await f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: buyer }, to: { memberId: seller }, amount: 20 });
    await f.ledger.release(db(), second.id, { memo: 'declined' });
    assert.equal(await balance(buyer), 70);
    await assertRefused(f.ledger.settle(db(), second.id), 'hold_resolved');
    await assertRefused(f.ledger.settle(db(), 'no-such-hold'), 'unknown_hold', 404);
    await assertRefused(f.ledger.settle(db(), second.id, { amount: 0 }), 'invalid_amount', 400);
  });

  it('expires a hold: it can no longer settle, and the job returns it to the payer', async () => {
    const buyer = await f.member();
    const seller = await f.member();
    await grant(buyer, 10);
    const clock = f.app.clock as ManualClock;
    const hold = await f.ledger.hold(db(), {
      assetId: f.points.id,
      from: { memberId: buyer },
      to: { memberId: seller },
      amount: 10,
      expiresAt: clock.now() + 60_000,
      initiatorId: buyer,
      idempotencyKey: 'redeem-1',
    });
    const replay = await f.ledger.hold(db(), {
      assetId: f.points.id,
      from: { memberId: buyer },
      to: { memberId: seller },
      amount: 10,
      expiresAt: hold.expiresAt,
      initiatorId: buyer,
      idempotencyKey: 'redeem-1',
    });
    assert.equal(replay.id, hold.id);
    await assertRefused(
      f.ledger.hold(db(), {
        assetId: f.points.id,
        from: { memberId: buyer },
        to: { memberId: seller },
        amount: 9,
        initiatorId: buyer,
        idempotencyKey: 'redeem-1',
      }),
      'idempotency_conflict',
    );
    await f.app.hearth.platform.jobs.runDue();
    assert.equal((await f.ledger.getHold(db(), hold.id)).status, 'held', 'not due yet');
    clock.advance(60_000);
    await assertRefused(f.ledger.settle(db(), hold.id), 'hold_expired', 409);
    await f.app.hearth.platform.jobs.runDue();
    assert.equal((await f.ledger.getHold(db(), hold.id)).status, 'released');
    assert.equal(await balance(buyer), 10);
    assert.equal(await f.ledger.release(db(), hold.id, { onlyIfExpired: true }), null);
  });

  it('reverses with a compensating transfer, once, never past a floor', async () => {
    const ada = await f.member();
    const bob = await f.member();
    const carol = await f.member();
    await grant(ada, 10);
    const t = await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 10 });
    const r = await f.ledger.reverse(db(), t.id, { memo: 'mistake' });
    assert.equal(r.reversalOf, t.id);
    assert.equal(r.debitAccountId, t.creditAccountId);
    assert.equal(await balance(ada), 10);
    await assertRefused(f.ledger.reverse(db(), t.id), 'already_reversed', 409);
    await assertRefused(f.ledger.reverse(db(), r.id), 'not_reversible', 422);
    await assertRefused(f.ledger.reverse(db(), 'nope'), 'unknown_transfer', 404);

    const spent = await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 10 });
    await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: bob }, to: { memberId: carol }, amount: 10 });
    await assertRefused(f.ledger.reverse(db(), spent.id), 'insufficient_balance');

    // A settled hold is refunded from the payee back to the payer.
    await grant(ada, 5);
    const hold = await f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: carol }, amount: 5 });
    await assertRefused(f.ledger.reverse(db(), (await holdTransfer(hold.id)).id), 'not_reversible');
    const { transfers } = await f.ledger.settle(db(), hold.id);
    await f.ledger.reverse(db(), transfers[0]!.id, { memo: 'refund' });
    assert.equal(await balance(ada), 5);
    assert.equal(await balance(carol), 10);
  });

  const holdTransfer = (holdId: string) =>
    db().selectFrom('transfer').select('id').where('holdId', '=', holdId).where('kind', '=', 'hold').executeTakeFirstOrThrow();
});
