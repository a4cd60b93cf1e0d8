/**
 * The model of the ledger's model test (ledger.model.test.ts): balances, holds and keys,
 * the comparison with the real ledger after every step, and the shape of a command (see
 * ledger.model-commands.test-support.ts for one per operation).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AppError } from '../../platform/errors/app-error.js';
import { MAX_AMOUNT } from './index.js';
import type { LedgerFixture } from './ledger.test-support.js';

export const MEMBERS = 3;

export type Acc = string; // w:<asset>:<member> | i:<asset> | e:<asset>
export const wallet = (a: number, m: number): Acc => `w:${a}:${m}`;
export const issuance = (a: number): Acc => `i:${a}`;
export const escrow = (a: number): Acc => `e:${a}`;

interface ModelAsset {
  cap: number | null;
  limit: number | null;
  frozen: boolean;
  mintDay: number;
  mintedToday: number;
}
export interface ModelTransfer {
  id: string;
  kind: string;
  debit: Acc;
  credit: Acc;
  amount: number;
  reversed: boolean;
  payer?: Acc;
}
interface ModelHold {
  id: string;
  a: number;
  payer: number;
  payee: number;
  amount: number;
  status: 'held' | 'settled' | 'released';
  expiresAt: number | null;
}
interface Keyed {
  key: string;
  initiator: string;
  body: { a: number; from: number; to: number; amount: number };
  transferId: string;
}
export interface Model {
  assets: ModelAsset[];
  balances: Map<Acc, number>;
  frozen: Set<Acc>;
  transfers: ModelTransfer[];
  holds: ModelHold[];
  keyed: Keyed[];
}
export interface Real {
  f: LedgerFixture;
  assetIds: string[];
  memberIds: string[];
}

export const bal = (m: Model, acc: Acc) => m.balances.get(acc) ?? 0;
export const move = (m: Model, debit: Acc, credit: Acc, amount: number) => {
  m.balances.set(debit, bal(m, debit) - amount);
  m.balances.set(credit, bal(m, credit) + amount);
};
export const floorOf = (m: Model, acc: Acc) => (acc.startsWith('i:') ? -(m.assets[Number(acc.slice(2))]!.cap ?? MAX_AMOUNT) : 0);
export const isValidAmount = (x: number) => Number.isSafeInteger(x) && x > 0;
/** The refusal a debit of `acc` past its floor gets. */
export const shortOf = (acc: Acc) => (acc.startsWith('i:') ? 'supply_cap_reached' : 'insufficient_balance');

/** Runs `op`; a refusal must be one of `violated`, and success requires `violated` to be empty. */
export async function expectOutcome<T>(op: () => Promise<T>, violated: string[]): Promise<T | null> {
  let value: T;
  try {
    value = await op();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const code = error.fieldErrors?.[0]?.code ?? error.code;
    assert.ok(violated.includes(code), `refused with ${code}; the model expected ${violated.length ? violated.join(' | ') : 'success'}`);
    return null;
  }
  assert.deepEqual(violated, [], `succeeded; the model expected ${violated.join(' | ')}`);
  return value;
}

type Command = fc.AsyncCommand<Model, Real>;
/** A step: its effect, then the comparison of the whole run with the model. */
export const command = (name: string, check: (m: Model) => boolean, run: (m: Model, r: Real) => Promise<void>): Command => ({
  check,
  run: async (m, r) => {
    await run(m, r);
    await compare(m, r);
  },
  toString: () => name,
});

export const amountArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 260 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -3, 1.5, 2 ** 53) },
);
export const assetArb = fc.integer({ min: 0, max: 1 });
export const memberArb = fc.integer({ min: 0, max: MEMBERS - 1 });

export const db = (r: Real) => r.f.app.hearth.platform.db;

/** The audit passes, and every balance of the run's assets is the model's. */
async function compare(m: Model, r: Real): Promise<void> {
  await r.f.assertAudit();
  const rows = await db(r)
    .selectFrom('account')
    .select(['assetId', 'ownerMemberId', 'kind', 'balance'])
    .where('assetId', 'in', r.assetIds)
    .execute();
  const actual = new Map<Acc, number>();
  for (const row of rows) {
    const a = r.assetIds.indexOf(row.assetId);
    if (row.kind === 'issuance') actual.set(issuance(a), row.balance);
    else if (row.kind === 'escrow') actual.set(escrow(a), row.balance);
    else if (row.kind === 'wallet') actual.set(wallet(a, r.memberIds.indexOf(row.ownerMemberId!)), row.balance);
  }
  for (const acc of new Set([...actual.keys(), ...m.balances.keys()])) {
    assert.equal(actual.get(acc) ?? 0, bal(m, acc), `balance of ${acc}`);
  }
}

/** Every operation, weighted by repetition. */
export async function newModelRun(f: LedgerFixture, run: number): Promise<{ model: Model; real: Real }> {
  const real: Real = { f, assetIds: [], memberIds: [] };
  for (let i = 0; i < MEMBERS; i++) real.memberIds.push(await f.member(`Model ${run}`));
  const open = await f.ledger.createAsset(db(real), { code: `OPEN${run}`, name: 'Open chip', kind: 'chip' });
  const capped = await f.ledger.createAsset(db(real), {
    code: `CAP${run}`,
    name: 'Capped chip',
    kind: 'chip',
    supplyCap: 500,
    dailyMintLimit: 300,
  });
  real.assetIds.push(open.id, capped.id);
  const model: Model = {
    assets: [
      { cap: null, limit: null, frozen: false, mintDay: 0, mintedToday: 0 },
      { cap: 500, limit: 300, frozen: false, mintDay: 0, mintedToday: 0 },
    ],
    balances: new Map(),
    frozen: new Set(),
    transfers: [],
    holds: [],
    keyed: [],
  };
  return { model, real };
}
