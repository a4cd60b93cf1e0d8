/**
 * One fast-check command per ledger operation for the model test. Each predicts the
 * refusals the model allows (when several rules are broken at once, any of them), runs the
 * operation, and applies its effect to the model; `command` then checks the whole run.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DAY_MS, type ManualClock } from '../../platform/clock.js';
import type { Transfer } from './index.js';
import {
  amountArb,
  assetArb,
  bal,
  command,
  db,
  escrow,
  expectOutcome,
  floorOf,
  isValidAmount,
  issuance,
  memberArb,
  move,
  shortOf,
  wallet,
} from './ledger.model.test-support.js';

let keyCounter = 0;

const mint = fc.record({ a: assetArb, to: memberArb, amount: amountArb, grant: fc.boolean() }).map(({ a, to, amount, grant }) =>
  command(
    `mint(${a}→${to}, ${amount})`,
    () => true,
    async (m, r) => {
      const asset = m.assets[a]!;
      const violated: string[] = [];
      const day = Math.floor(r.f.app.clock.now() / DAY_MS);
      const today = asset.mintDay === day ? asset.mintedToday : 0;
      if (!isValidAmount(amount)) violated.push('invalid_amount');
      else {
        if (asset.frozen) violated.push('asset_frozen');
        if (m.frozen.has(wallet(a, to))) violated.push('account_frozen');
        if (asset.limit !== null && today + amount > asset.limit) violated.push('daily_mint_limit_reached');
        if (bal(m, issuance(a)) - amount < floorOf(m, issuance(a))) violated.push('supply_cap_reached');
      }
      const kind = grant ? 'grant' : 'mint';
      const t = await expectOutcome(
        () => r.f.ledger.mint(db(r), { assetId: r.assetIds[a]!, to: { memberId: r.memberIds[to]! }, amount, kind }),
        violated,
      );
      if (!t) return;
      move(m, issuance(a), wallet(a, to), amount);
      if (asset.limit !== null) Object.assign(asset, { mintDay: day, mintedToday: today + amount });
      m.transfers.push({ id: t.id, kind, debit: issuance(a), credit: wallet(a, to), amount, reversed: false });
    },
  ),
);

const transfer = fc
  .record({ a: assetArb, from: memberArb, to: memberArb, amount: amountArb, keyed: fc.boolean() })
  .map(({ a, from, to, amount, keyed }) =>
    command(
      `transfer(${a}: ${from}→${to}, ${amount}${keyed ? ', keyed' : ''})`,
      () => true,
      async (m, r) => {
        const violated: string[] = [];
        if (!isValidAmount(amount)) violated.push('invalid_amount');
        else if (from === to) violated.push('same_account');
        else {
          if (m.assets[a]!.frozen) violated.push('asset_frozen');
          if (m.frozen.has(wallet(a, from)) || m.frozen.has(wallet(a, to))) violated.push('account_frozen');
          if (bal(m, wallet(a, from)) < amount) violated.push('insufficient_balance');
        }
        const key = keyed ? `k${++keyCounter}` : null;
        const initiator = r.memberIds[from]!;
        const body = {
          assetId: r.assetIds[a]!,
          from: { memberId: initiator },
          to: { memberId: r.memberIds[to]! },
          amount,
          initiatorId: initiator,
          idempotencyKey: key,
        };
        const t = await expectOutcome(() => r.f.ledger.transfer(db(r), body), violated);
        if (!t) return;
        move(m, wallet(a, from), wallet(a, to), amount);
        m.transfers.push({ id: t.id, kind: 'transfer', debit: wallet(a, from), credit: wallet(a, to), amount, reversed: false });
        if (key) m.keyed.push({ key, initiator, body: { a, from, to, amount }, transferId: t.id });
      },
    ),
  );

const retry = fc.record({ i: fc.nat(), same: fc.boolean() }).map(({ i, same }) =>
  command(
    `retry(#${i}, ${same ? 'same' : 'other'} body)`,
    (m) => m.keyed.length > 0,
    async (m, r) => {
      const k = m.keyed[i % m.keyed.length]!;
      const amount = same ? k.body.amount : k.body.amount + 1;
      const body = {
        assetId: r.assetIds[k.body.a]!,
        from: { memberId: r.memberIds[k.body.from]! },
        to: { memberId: r.memberIds[k.body.to]! },
        amount,
        initiatorId: k.initiator,
        idempotencyKey: k.key,
      };
      const t = await expectOutcome(() => r.f.ledger.transfer(db(r), body), same ? [] : ['idempotency_conflict']);
      if (t) assert.equal(t.id, k.transferId);
    },
  ),
);

const burn = fc.record({ a: assetArb, from: memberArb, amount: amountArb }).map(({ a, from, amount }) =>
  command(
    `burn(${a}: ${from}, ${amount})`,
    () => true,
    async (m, r) => {
      const violated: string[] = [];
      if (!isValidAmount(amount)) violated.push('invalid_amount');
      else {
        if (m.assets[a]!.frozen) violated.push('asset_frozen');
        if (m.frozen.has(wallet(a, from))) violated.push('account_frozen');
        if (bal(m, wallet(a, from)) < amount) violated.push('insufficient_balance');
      }
      const t = await expectOutcome(
        () => r.f.ledger.burn(db(r), { assetId: r.assetIds[a]!, from: { memberId: r.memberIds[from]! }, amount }),
        violated,
      );
      if (!t) return;
      move(m, wallet(a, from), issuance(a), amount);
      m.transfers.push({ id: t.id, kind: 'burn', debit: wallet(a, from), credit: issuance(a), amount, reversed: false });
    },
  ),
);

const hold = fc
  .record({ a: assetArb, payer: memberArb, payee: memberArb, amount: amountArb, expires: fc.boolean() })
  .map(({ a, payer, payee, amount, expires }) =>
    command(
      `hold(${a}: ${payer}→${payee}, ${amount}${expires ? ', expiring' : ''})`,
      () => true,
      async (m, r) => {
        const violated: string[] = [];
        if (!isValidAmount(amount)) violated.push('invalid_amount');
        else if (payer === payee) violated.push('same_account');
        else {
          if (m.assets[a]!.frozen) violated.push('asset_frozen');
          if (m.frozen.has(wallet(a, payer))) violated.push('account_frozen');
          if (bal(m, wallet(a, payer)) < amount) violated.push('insufficient_balance');
        }
        const expiresAt = expires ? r.f.app.clock.now() + 3_600_000 : null;
        const input = {
          assetId: r.assetIds[a]!,
          from: { memberId: r.memberIds[payer]! },
          to: { memberId: r.memberIds[payee]! },
          amount,
          expiresAt,
        };
        const h = await expectOutcome(() => r.f.ledger.hold(db(r), input), violated);
        if (!h) return;
        move(m, wallet(a, payer), escrow(a), amount);
        m.holds.push({ id: h.id, a, payer, payee, amount, status: 'held', expiresAt });
      },
    ),
  );

const settle = fc
  .record({ i: fc.nat(), part: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) })
  .map(({ i, part }) =>
    command(
      `settle(#${i}${part === undefined ? '' : `, ${part.toFixed(2)}`})`,
      (m) => m.holds.length > 0,
      async (m, r) => {
        const h = m.holds[i % m.holds.length]!;
        const amount = part === undefined ? undefined : Math.max(1, Math.floor(h.amount * part));
        const violated: string[] = [];
        if (h.status !== 'held') violated.push('hold_resolved');
        else if (h.expiresAt !== null && h.expiresAt <= r.f.app.clock.now()) violated.push('hold_expired');
        else {
          if (m.assets[h.a]!.frozen) violated.push('asset_frozen');
          if (m.frozen.has(wallet(h.a, h.payee))) violated.push('account_frozen');
        }
        const result = await expectOutcome(() => r.f.ledger.settle(db(r), h.id, amount === undefined ? {} : { amount }), violated);
        if (!result) return;
        const paid = amount ?? h.amount;
        move(m, escrow(h.a), wallet(h.a, h.payee), paid);
        if (paid < h.amount) move(m, escrow(h.a), wallet(h.a, h.payer), h.amount - paid);
        h.status = 'settled';
        const [settled, rest] = result.transfers as [Transfer, Transfer | undefined];
        m.transfers.push({
          id: settled.id,
          kind: 'settle',
          debit: escrow(h.a),
          credit: wallet(h.a, h.payee),
          amount: paid,
          reversed: false,
          payer: wallet(h.a, h.payer),
        });
        if (rest)
          m.transfers.push({
            id: rest.id,
            kind: 'release',
            debit: escrow(h.a),
            credit: wallet(h.a, h.payer),
            amount: rest.amount,
            reversed: false,
          });
      },
    ),
  );

const release = fc.nat().map((i) =>
  command(
    `release(#${i})`,
    (m) => m.holds.length > 0,
    async (m, r) => {
      const h = m.holds[i % m.holds.length]!;
      const result = await expectOutcome(() => r.f.ledger.release(db(r), h.id), h.status === 'held' ? [] : ['hold_resolved']);
      if (!result) return;
      move(m, escrow(h.a), wallet(h.a, h.payer), h.amount);
      h.status = 'released';
      m.transfers.push({
        id: result.transfer.id,
        kind: 'release',
        debit: escrow(h.a),
        credit: wallet(h.a, h.payer),
        amount: h.amount,
        reversed: false,
      });
    },
  ),
);

const reverse = fc.nat().map((i) =>
  command(
    `reverse(#${i})`,
    (m) => m.transfers.length > 0,
    async (m, r) => {
      const t = m.transfers[i % m.transfers.length]!;
      const debit = t.credit;
      const credit = t.kind === 'settle' ? t.payer! : t.debit;
      const violated: string[] = [];
      if (t.kind === 'release' || t.kind === 'reversal') violated.push('not_reversible');
      else if (t.reversed) violated.push('already_reversed');
      else if (bal(m, debit) - t.amount < floorOf(m, debit)) violated.push(shortOf(debit));
      const done = await expectOutcome(() => r.f.ledger.reverse(db(r), t.id, { memo: 'model' }), violated);
      if (!done) return;
      move(m, debit, credit, t.amount);
      t.reversed = true;
      m.transfers.push({ id: done.id, kind: 'reversal', debit, credit, amount: t.amount, reversed: false });
    },
  ),
);

const freezeAsset = fc.record({ a: assetArb, frozen: fc.boolean() }).map(({ a, frozen }) =>
  command(
    `freezeAsset(${a}, ${frozen})`,
    () => true,
    async (m, r) => {
      await r.f.ledger.freezeAsset(db(r), r.assetIds[a]!, frozen);
      m.assets[a]!.frozen = frozen;
    },
  ),
);

const freezeAccount = fc.record({ a: assetArb, who: memberArb, frozen: fc.boolean() }).map(({ a, who, frozen }) =>
  command(
    `freezeAccount(${a}:${who}, ${frozen})`,
    () => true,
    async (m, r) => {
      const account = await r.f.ledger.walletOf(db(r), r.memberIds[who]!, r.assetIds[a]!);
      await r.f.ledger.freezeAccount(db(r), account.id, frozen);
      if (frozen) m.frozen.add(wallet(a, who));
      else m.frozen.delete(wallet(a, who));
    },
  ),
);

const advance = fc.constantFrom(60_000, 3_600_000, DAY_MS).map((ms) =>
  command(
    `advance(${ms})`,
    () => true,
    async (m, r) => {
      (r.f.app.clock as ManualClock).advance(ms);
    },
  ),
);

const runJobs = fc.constant(
  command(
    'runJobs',
    () => true,
    async (m, r) => {
      while ((await r.f.app.hearth.platform.jobs.runDue()) > 0);
      const now = r.f.app.clock.now();
      for (const h of m.holds) {
        if (h.status !== 'held' || h.expiresAt === null || h.expiresAt > now) continue;
        move(m, escrow(h.a), wallet(h.a, h.payer), h.amount);
        h.status = 'released';
      }
    },
  ),
);

export const modelCommands = [
  mint,
  mint,
  transfer,
  transfer,
  transfer,
  retry,
  burn,
  hold,
  hold,
  settle,
  release,
  reverse,
  reverse,
  freezeAsset,
  freezeAccount,
  advance,
  runJobs,
];

/** A fresh run: three members, an uncapped chip and a capped one with a daily limit, and an empty model. */
