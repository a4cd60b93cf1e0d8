/**
 * The ledger's service: points and chips, transfers, mints within cap and daily limit,
 * burns, batches, freezes, idempotency and erasure, with the audit after every test. Bad
 * input is refused with a clear code and changes no row.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ManualClock } from '../../platform/clock.js';
import { DAY_MS } from '../../platform/clock.js';
import { MAX_AMOUNT, type Asset } from './index.js';
import { assertRefused, startLedger, type LedgerFixture } from './ledger.test-support.js';

describe('ledger', () => {
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

  it('gives every community one points asset, made at setup and idempotently after', async () => {
    const again = await f.ledger.ensurePointsAsset();
    assert.equal(again.id, f.points.id);
    assert.equal(f.points.code, 'POINTS');
    assert.equal(f.points.kind, 'points');
    assert.equal(f.points.supplyCap, null);
  });

  it('grants and transfers points between wallets; supply is what was granted, and the sum is zero', async () => {
    const ada = await f.member('Ada');
    const bob = await f.member('Bob');
    await grant(ada, 100);
    const t = await f.ledger.transfer(db(), {
      assetId: f.points.id,
      from: { memberId: ada },
      to: { memberId: bob },
      amount: 30,
      memo: ' thanks ',
    });
    assert.equal(t.amount, 30);
    assert.equal(t.memo, 'thanks');
    assert.equal(t.kind, 'transfer');
    assert.equal(await balance(ada), 70);
    assert.equal(await balance(bob), 30);
    const audit = await f.ledger.audit();
    const points = audit.assets.find((a) => a.assetId === f.points.id)!;
    assert.equal(points.sumOfBalances, 0);
    assert.ok(points.supply >= 100);
  });

  it('refuses spending beyond the balance and changes nothing', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 10);
    const before = await snapshotDb(db());
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 11 }),
      'insufficient_balance',
      422,
    );
    assert.equal(await snapshotDb(db()), before);
  });

  it('replays a retry with the same key and refuses the key with another movement', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 50);
    const body = {
      assetId: f.points.id,
      from: { memberId: ada },
      to: { memberId: bob },
      amount: 20,
      initiatorId: ada,
      idempotencyKey: 'tip-1',
    };
    const first = await f.ledger.transfer(db(), body);
    const again = await f.ledger.transfer(db(), body);
    assert.equal(again.id, first.id);
    assert.equal(await balance(ada), 30);
    await assertRefused(f.ledger.transfer(db(), { ...body, amount: 21 }), 'idempotency_conflict', 422);
    await assertRefused(f.ledger.transfer(db(), { ...body, memo: 'other' }), 'idempotency_conflict', 422);
    // Keys are per initiator: another initiator may use the same one.
    await grant(bob, 5);
    const theirs = await f.ledger.transfer(db(), { ...body, from: { memberId: bob }, to: { memberId: ada }, amount: 5, initiatorId: bob });
    assert.notEqual(theirs.id, first.id);
  });

  it("pages an account's history newest first, without gaps, and its signed sum is the balance", async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 50);
    for (let i = 1; i <= 4; i++) {
      await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: i });
      await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: bob }, to: { memberId: ada }, amount: 1 });
    }
    const hold = await f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 5 });
    await f.ledger.release(db(), hold.id);
    const wallet = await f.ledger.walletOf(db(), ada, f.points.id);
    const seen: { id: string; seq: number; delta: number }[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof f.ledger.history>> = await f.ledger.history(db(), wallet.id, { cursor, limit: 3 });
      assert.ok(page.items.length <= 3);
      for (const t of page.items) seen.push({ id: t.id, seq: t.seq, delta: t.creditAccountId === wallet.id ? t.amount : -t.amount });
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 11);
    assert.equal(new Set(seen.map((t) => t.id)).size, 11);
    assert.deepEqual(
      seen.map((t) => t.seq),
      [...seen.map((t) => t.seq)].sort((a, b) => b - a),
    );
    assert.equal(
      seen.reduce((sum, t) => sum + t.delta, 0),
      wallet.balance,
    );
    const bobWallet = await f.ledger.walletOf(db(), bob, f.points.id);
    // A cursor must be a transfer of the account: the hold moved ada's points, not bob's.
    const holdLeg = await db()
      .selectFrom('transfer')
      .select('id')
      .where('holdId', '=', hold.id)
      .where('kind', '=', 'hold')
      .executeTakeFirstOrThrow();
    await assertRefused(f.ledger.history(db(), bobWallet.id, { cursor: holdLeg.id }), 'invalid_format', 400);
    await assertRefused(f.ledger.history(db(), bobWallet.id, { cursor: 'nope' }), 'invalid_format', 400);
    assert.deepEqual(await f.ledger.history(db(), (await f.ledger.walletOf(db(), await f.member(), f.points.id)).id), {
      items: [],
      nextCursor: null,
    });
  });

  it('writes a batch all or none', async () => {
    const ada = await f.member();
    const bob = await f.member();
    const fees = await f.ledger.systemAccountOf(db(), f.points.id, 'fees');
    await grant(ada, 10);
    const before = await snapshotDb(db());
    await assertRefused(
      f.ledger.transferBatch(db(), [
        { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 9, kind: 'tip' },
        { assetId: f.points.id, from: { memberId: ada }, to: { accountId: fees.id }, amount: 2, kind: 'fee' },
      ]),
      'insufficient_balance',
    );
    assert.equal(await snapshotDb(db()), before);
    const legs = await f.ledger.transferBatch(
      db(),
      [
        { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 8, kind: 'tip' },
        { assetId: f.points.id, from: { memberId: ada }, to: { accountId: fees.id }, amount: 2, kind: 'fee' },
      ],
      { idempotencyKey: 'batch-1', initiatorId: ada },
    );
    assert.deepEqual(
      legs.map((l) => l.kind),
      ['tip', 'fee'],
    );
    const again = await f.ledger.transferBatch(
      db(),
      [
        { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 8, kind: 'tip' },
        { assetId: f.points.id, from: { memberId: ada }, to: { accountId: fees.id }, amount: 2, kind: 'fee' },
      ],
      { idempotencyKey: 'batch-1', initiatorId: ada },
    );
    assert.deepEqual(
      again.map((l) => l.id),
      legs.map((l) => l.id),
    );
    assert.equal(await balance(ada), 0);
    assert.equal((await f.ledger.getAccount(db(), fees.id)).balance, 2);
  });

  it('mints a chip within its daily limit and its supply cap, and burns it', async () => {
    const issuer = await f.member('Issuer');
    const fan = await f.member('Fan');
    const chip = await f.ledger.createAsset(db(), {
      code: 'ada',
      name: 'Ada chip',
      kind: 'chip',
      issuerMemberId: issuer,
      supplyCap: 1000,
      dailyMintLimit: 600,
    });
    assert.equal(chip.code, 'ADA');
    await assertRefused(f.ledger.createAsset(db(), { code: 'ADA', name: 'again', kind: 'chip' }), 'asset_code_taken', 409);
    await assertRefused(
      f.ledger.createAsset(db(), { code: 'ADA2', name: 'second', kind: 'chip', issuerMemberId: issuer }),
      'chip_exists',
      409,
    );
    await grant(issuer, 600, chip);
    await assertRefused(grant(issuer, 1, chip), 'daily_mint_limit_reached', 422);
    (f.app.clock as ManualClock).advance(DAY_MS);
    await grant(fan, 400, chip);
    await assertRefused(grant(fan, 1, chip), 'supply_cap_reached', 422);
    await assertRefused(f.ledger.setSupplyCap(db(), chip.id, 999), 'cap_below_supply', 422);
    await f.ledger.burn(db(), { assetId: chip.id, from: { memberId: fan }, amount: 100 });
    await f.ledger.setSupplyCap(db(), chip.id, 950);
    (f.app.clock as ManualClock).advance(DAY_MS);
    await grant(fan, 50, chip);
    await assertRefused(grant(fan, 1, chip), 'supply_cap_reached');
    await f.ledger.setSupplyCap(db(), chip.id, null);
    await grant(fan, 10, chip);
    const audit = await f.ledger.audit();
    const report = audit.assets.find((a) => a.assetId === chip.id)!;
    assert.equal(report.supply, 960);
    assert.equal(report.holders, 2);
  });

  it('freezes an asset or an account: no movements, except reversals and releases', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 20);
    const tip = await f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 5 });
    const wallet = await f.ledger.walletOf(db(), bob, f.points.id);
    await f.ledger.freezeAccount(db(), wallet.id, true);
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: 1 }),
      'account_frozen',
    );
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: bob }, to: { memberId: ada }, amount: 1 }),
      'account_frozen',
    );
    await f.ledger.reverse(db(), tip.id, { memo: 'fraud' });
    assert.equal(await balance(bob), 0);
    await f.ledger.freezeAccount(db(), wallet.id, false);

    const chip = await f.ledger.createAsset(db(), { code: 'FRZ', name: 'Frozen', kind: 'chip', supplyCap: 100 });
    await grant(ada, 10, chip);
    await f.ledger.freezeAsset(db(), chip.id, true);
    await assertRefused(
      f.ledger.transfer(db(), { assetId: chip.id, from: { memberId: ada }, to: { memberId: bob }, amount: 1 }),
      'asset_frozen',
    );
    await assertRefused(grant(ada, 1, chip), 'asset_frozen');
    await f.ledger.freezeAsset(db(), chip.id, false);
    await f.ledger.transfer(db(), { assetId: chip.id, from: { memberId: ada }, to: { memberId: bob }, amount: 1 });
  });

  it('keeps issuance and escrow accounts out of plain transfers', async () => {
    const ada = await f.member();
    await grant(ada, 5);
    const escrow = await f.ledger.systemAccountOf(db(), f.points.id, 'escrow');
    const issuance = await f.ledger.systemAccountOf(db(), f.points.id, 'issuance');
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { accountId: escrow.id }, amount: 1 }),
      'system_account',
    );
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { accountId: issuance.id }, to: { memberId: ada }, amount: 1 }),
      'system_account',
    );
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: ada }, amount: 1 }),
      'same_account',
    );
    await assertRefused(
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: ada }, amount: 1, kind: 'mint' }),
      'invalid_kind',
    );
  });

  it('refuses bad input with a clear code and changes no row', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 100);
    const chip = await f.ledger.createAsset(db(), { code: 'BAD', name: 'Bad input', kind: 'chip', supplyCap: 10 });
    const adaWallet = await f.ledger.walletOf(db(), ada, f.points.id);
    const before = await snapshotDb(db());
    const send = (amount: unknown, extra: Record<string, unknown> = {}) =>
      f.ledger.transfer(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: amount as number, ...extra });
    for (const amount of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, MAX_AMOUNT + 2, '10', null, undefined]) {
      await assertRefused(send(amount), 'invalid_amount', 400);
      await assertRefused(grant(ada, amount as number), 'invalid_amount', 400);
      await assertRefused(
        f.ledger.hold(db(), { assetId: f.points.id, from: { memberId: ada }, to: { memberId: bob }, amount: amount as number }),
        'invalid_amount',
        400,
      );
    }
    await assertRefused(send(1, { assetId: 'no-such-asset' }), 'unknown_asset', 404);
    await assertRefused(send(1, { to: { memberId: 'no-such-member' } }), 'unknown_member', 404);
    await assertRefused(send(1, { to: { accountId: 'no-such-account' } }), 'unknown_account', 404);
    await assertRefused(send(1, { assetId: chip.id, from: { accountId: adaWallet.id } }), 'asset_mismatch', 422);
    await assertRefused(send(1, { memo: 'x'.repeat(501) }), 'too_big', 400);
    await assertRefused(send(1, { kind: 'Not A Kind' }), 'invalid_kind', 400);
    // Even an uncapped asset's supply stays a safe integer, so no balance can overflow either.
    await assertRefused(grant(ada, MAX_AMOUNT), 'supply_cap_reached', 422);
    await assertRefused(grant(ada, 11, chip), 'supply_cap_reached');
    await assertRefused(f.ledger.createAsset(db(), { code: 'x', name: 'Too short a code', kind: 'chip' }), 'invalid_asset_code', 400);
    await assertRefused(
      f.ledger.createAsset(db(), { code: 'NEG', name: 'Negative cap', kind: 'chip', supplyCap: -1 }),
      'invalid_amount',
      400,
    );
    await assertRefused(f.ledger.freezeAsset(db(), 'nope', true), 'unknown_asset', 404);
    await assertRefused(f.ledger.freezeAccount(db(), 'nope', true), 'unknown_account', 404);
    assert.equal(await snapshotDb(db()), before);
  });

  it('keeps transfers append-only: financial columns cannot change, annotations can be cleared', async () => {
    const ada = await f.member();
    const t = await grant(ada, 3);
    await assert.rejects(sql`update transfer set amount = 300 where id = ${t.id}`.execute(db()), /append-only/);
    await assert.rejects(sql`delete from transfer where id = ${t.id}`.execute(db()), /append-only/);
    await sql`update transfer set memo = null where id = ${t.id}`.execute(db());
  });

  it('anonymises an erased member without deleting a transfer', async () => {
    const ada = await f.member();
    const bob = await f.member();
    await grant(ada, 10);
    await f.ledger.transfer(db(), {
      assetId: f.points.id,
      from: { memberId: ada },
      to: { memberId: bob },
      amount: 4,
      memo: 'for Bob',
      initiatorId: ada,
      idempotencyKey: 'k',
    });
    const wallet = await f.ledger.walletOf(db(), ada, f.points.id);
    const count = async () => Number((await sql<{ n: number }>`select count(*) as n from transfer`.execute(db())).rows[0]!.n);
    const transfersBefore = await count();
    const result = await f.ledger.anonymiseOwner(db(), ada);
    assert.deepEqual(result, { accounts: 1, transfers: 1 });
    const account = await f.ledger.getAccount(db(), wallet.id);
    assert.equal(account.ownerMemberId, null);
    assert.equal(account.frozen, true);
    assert.equal(account.balance, 6);
    assert.equal(await count(), transfersBefore);
    const memos = await db().selectFrom('transfer').select(['memo', 'initiatorId']).where('debitAccountId', '=', wallet.id).execute();
    assert.deepEqual(memos, [{ memo: null, initiatorId: 'erased' }]);
  });
});
