/**
 * Parallel use of the service (PostgreSQL when HEARTH_TEST_DATABASE_URL is set: ten pooled
 * connections, row locks at READ COMMITTED): one wallet spent from many transactions at once
 * never overdraws, transfers crossing in both directions and batches never deadlock, twins
 * of one idempotency key apply once, racing resolutions of a hold have one winner, and
 * racing mints stop at the cap.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { AppError } from '../../platform/errors/app-error.js';
import { startLedger, type LedgerFixture } from './ledger.test-support.js';

/** Every outcome must be a success or one of these refusals: a deadlock or other database error fails the test. */
function outcomes<T>(results: PromiseSettledResult<T>[], allowed: string[] = []) {
  const ok: T[] = [];
  const refusals: string[] = [];
  for (const r of results) {
    if (r.status === 'fulfilled') ok.push(r.value);
    else if (r.reason instanceof AppError && allowed.includes(r.reason.code)) refusals.push(r.reason.code);
    else throw r.reason;
  }
  return { ok, refusals };
}

describe('ledger under concurrency', () => {
  let f: LedgerFixture;
  const db = () => f.app.hearth.platform.db;
  const balance = async (memberId: string, assetId = f.points.id) => (await f.ledger.walletOf(db(), memberId, assetId)).balance;

  before(async () => {
    f = await startLedger();
  });
  afterEach(() => f.assertAudit());
  after(() => f.close());

  it('lets exactly floor(balance / amount) of 60 parallel spends from one wallet through', async () => {
    const payer = await f.member('Payer');
    const payees = await Promise.all(Array.from({ length: 6 }, () => f.member('Payee')));
    await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: payer }, amount: 1000, kind: 'grant' });
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) =>
        f.ledger.transfer(db(), {
          assetId: f.points.id,
          from: { memberId: payer },
          to: { memberId: payees[i % payees.length]! },
          amount: 70,
        }),
      ),
    );
    const { ok, refusals } = outcomes(results, ['insufficient_balance']);
    assert.equal(ok.length, Math.floor(1000 / 70));
    assert.equal(refusals.length, 60 - ok.length);
    assert.equal(await balance(payer), 1000 - 70 * ok.length);
  });

  it('never deadlocks transfers crossing in both directions, nor batches over many accounts', async () => {
    const members = await Promise.all(Array.from({ length: 8 }, () => f.member('Crosser')));
    for (const m of members) await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: m }, amount: 10_000, kind: 'grant' });
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return members[seed % members.length]!;
    };
    const pair = () => {
      const a = pick();
      let b = pick();
      while (b === a) b = pick();
      return [a, b] as const;
    };
    const work = Array.from({ length: 120 }, (_, i) => {
      if (i % 4 === 0) {
        const legs = Array.from({ length: 3 }, () => {
          const [a, b] = pair();
          return { assetId: f.points.id, from: { memberId: a }, to: { memberId: b }, amount: 1 + (i % 5) };
        });
        return f.ledger.transferBatch(db(), legs);
      }
      const [a, b] = pair();
      return f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: a }, to: { memberId: b }, amount: 1 + (i % 7) });
    });
    const { ok } = outcomes(await Promise.allSettled(work));
    assert.equal(ok.length, 120);
    let total = 0;
    for (const m of members) total += await balance(m);
    assert.equal(total, 80_000);
  });

  it('applies twins of one idempotency key once and answers all of them with the original', async () => {
    const payer = await f.member();
    const payee = await f.member();
    await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: payer }, amount: 100, kind: 'grant' });
    // Both wallets exist, so nothing but the key itself can order the twins.
    await f.ledger.walletOf(db(), payee, f.points.id);
    const body = {
      assetId: f.points.id,
      from: { memberId: payer },
      to: { memberId: payee },
      amount: 10,
      initiatorId: payer,
      idempotencyKey: 'twin',
    };
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => f.ledger.transfer(db(), body)));
    const { ok } = outcomes(results);
    assert.equal(new Set(ok.map((t) => t.id)).size, 1);
    assert.equal(await balance(payer), 90);
    assert.equal(await balance(payee), 10);
  });

  it('gives a settle racing a release of the same hold exactly one winner', async () => {
    const buyer = await f.member();
    const seller = await f.member();
    await f.ledger.mint(db(), { assetId: f.points.id, to: { memberId: buyer }, amount: 500, kind: 'grant' });
    for (let round = 0; round < 5; round++) {
      const hold = await f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: buyer }, to: { memberId: seller }, amount: 100 });
      const results = await Promise.allSettled<unknown>([
        f.ledger.settle(db(), hold.id),
        f.ledger.release(db(), hold.id),
        f.ledger.settle(db(), hold.id),
        f.ledger.release(db(), hold.id),
      ]);
      const { ok, refusals } = outcomes(results, ['hold_resolved']);
      assert.equal(ok.length, 1);
      assert.equal(refusals.length, 3);
    }
    assert.equal((await balance(buyer)) + (await balance(seller)), 500);
  });

  it('stops racing mints at the supply cap', async () => {
    const issuer = await f.member();
    const chip = await f.ledger.createAsset(db(), {
      code: 'RACE',
      name: 'Race chip',
      kind: 'chip',
      issuerMemberId: issuer,
      supplyCap: 100,
    });
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => f.ledger.mint(db(), { assetId: chip.id, to: { memberId: issuer }, amount: 7 })),
    );
    const { ok } = outcomes(results, ['supply_cap_reached']);
    assert.equal(ok.length, Math.floor(100 / 7));
    assert.equal(await balance(issuer, chip.id), 7 * ok.length);
  });
});
