/**
 * In-process ledger throughput (issue 4): transfers/s through LedgerService, one per
 * transaction and 100 per transaction, beside the raw ceiling measured in the same run —
 * two conditional UPDATEs and one INSERT per transaction straight through better-sqlite3,
 * on the same kind of file with Hearth's pragmas (WAL, foreign keys, and the durability
 * Hearth ships: synchronous=FULL, so an acknowledged commit survives a power loss).
 * Target: in-process ≥ 50 % of the ceiling.
 *
 * The machine is shared and its disk's fsync latency drifts, so the figures are measured in
 * interleaved rounds (ceiling, ledger, ceiling, ledger …) and each is the median of its
 * rounds; a ratio is the median of the rounds' ratios. BENCH_ROUNDS (default 5) and
 * BENCH_SECONDS per figure and round (default 2) set the length; BENCH_DATABASE_URL adds the
 * same figures on PostgreSQL, beside the same three statements sent by a bare `pg` client.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { v7 } from 'uuid';
import { buildApp, type HearthApp } from '../packages/server/src/app/build-app.js';
import { loadConfig } from '../packages/server/src/config/config.js';
import { withTransaction } from '../packages/server/src/db/database.js';
import { createLogger } from '../packages/server/src/platform/logger.js';
import type { TransferInput } from '../packages/server/src/modules/ledger/index.js';
import { emit } from './lib/server.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const SYNCHRONOUS = (process.env.BENCH_SYNCHRONOUS ?? 'FULL') as 'FULL' | 'NORMAL';
const PG_URL = process.env.BENCH_DATABASE_URL ?? null;
const MEMBERS = 100;
const BATCH = 100;

/** Two distinct accounts for the i-th transfer, spread over all of them. */
const pair = (i: number) => [(i * 7) % MEMBERS, (i * 7 + 1 + (i % (MEMBERS - 1))) % MEMBERS] as const;

/** A figure: `step(i)` moves `per` transfers; measured for SECONDS in each round. */
interface Figure {
  name: string;
  per: number;
  step: (i: number) => unknown;
  rates: number[];
  next: number;
}
const figure = (name: string, per: number, step: (i: number) => unknown): Figure => ({ name, per, step, rates: [], next: 0 });

async function measureRound(f: Figure): Promise<void> {
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  let n = 0;
  while (performance.now() < end) {
    await f.step(f.next++);
    n++;
  }
  f.rates.push((n * f.per) / ((performance.now() - started) / 1000));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Warms every figure up, then measures them in interleaved rounds. */
async function run(figures: Figure[]): Promise<void> {
  for (const f of figures) for (let i = 0; i < 50; i++) await f.step(f.next++);
  for (let round = 0; round < ROUNDS; round++) for (const f of figures) await measureRound(f);
}

function emitFigure(f: Figure, extra: Record<string, unknown>): void {
  emit({
    bench: f.name,
    ...extra,
    transfers_per_s: Math.round(median(f.rates)),
    min: Math.round(Math.min(...f.rates)),
    max: Math.round(Math.max(...f.rates)),
    rounds: f.rates.length,
  });
}

function emitRatio(name: string, ledger: Figure, ceiling: Figure): void {
  const ratios = ledger.rates.map((rate, i) => rate / ceiling.rates[i]!);
  emit({ bench: name, value: Number(median(ratios).toFixed(2)), min: Number(Math.min(...ratios).toFixed(2)), target: 0.5 });
}

/** A community with MEMBERS funded wallets, and the ledger's figures over it. */
async function ledgerFigures(hearth: HearthApp, engine: string): Promise<Figure[]> {
  await hearth.modules.system.setup(
    {
      community: { name: 'Bench', locale: 'zh-TW' },
      owner: { email: 'owner@bench.test', password: 'bench passphrase 123', displayName: 'Owner' },
      demo: false,
    },
    null,
  );
  const ledger = hearth.modules.ledger.service;
  const db = hearth.platform.db;
  const points = await ledger.ensurePointsAsset();
  const members = await withTransaction(db, async (tx) => {
    const ids: string[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      const member = await hearth.modules.members.service.createMember(tx, {
        email: `m${i}@bench.test`,
        displayName: `成員 ${i}`,
        role: 'member',
        status: 'active',
        locale: 'zh-TW',
        timeZone: 'Asia/Taipei',
      });
      await ledger.mint(tx, { assetId: points.id, to: { memberId: member.id }, amount: 1_000_000_000, kind: 'grant' });
      ids.push(member.id);
    }
    return ids;
  });
  const accounts = await Promise.all(members.map(async (id) => (await ledger.walletOf(db, id, points.id)).id));
  const byAccount = (i: number): TransferInput => {
    const [a, b] = pair(i);
    return { assetId: points.id, from: { accountId: accounts[a]! }, to: { accountId: accounts[b]! }, amount: 1, kind: 'tip' };
  };
  // What a caller like tips does: wallets named by member, an idempotency key per transfer.
  const byMemberKeyed = (i: number): TransferInput => {
    const [a, b] = pair(i);
    const from = members[a]!;
    return { ...byAccount(i), from: { memberId: from }, to: { memberId: members[b]! }, initiatorId: from, idempotencyKey: `bench-${i}` };
  };
  const figures = [
    figure('ledger_transfers_single', 1, (i) => ledger.transfer(db, byAccount(i))),
    figure('ledger_transfers_single_keyed_by_member', 1, (i) => ledger.transfer(db, byMemberKeyed(i))),
    figure('ledger_transfers_batched', BATCH, (i) =>
      ledger.transferBatch(
        db,
        Array.from({ length: BATCH }, (_, j) => byAccount(i * BATCH + j)),
      ),
    ),
  ];
  if (engine === 'postgres') {
    // Sixteen callers at once over the pool (ten connections): row locks instead of one writer.
    figures.push(
      figure('ledger_transfers_16_concurrent', 16, (i) =>
        Promise.all(Array.from({ length: 16 }, (_, j) => ledger.transfer(db, byAccount(i * 16 + j)))),
      ),
    );
  }
  return figures;
}

/**
 * The SQLite ceiling: the same three statements per transfer, nothing else, on a bare
 * better-sqlite3 file. With `uuid` ids, accounts and transfers are keyed like Hearth's
 * (UUIDv7 strings, ARCHITECTURE rule 6), the like-for-like ceiling the ratios use; `short`
 * keys (`a7`, `t123`) show what the key size alone costs.
 */
function sqliteCeiling(file: string, keys: 'uuid' | 'short'): { figures: Figure[]; close(): void } {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${SYNCHRONOUS}`);
  db.pragma('foreign_keys = ON');
  db.exec(`create table account (id text primary key, balance integer not null, min_balance integer not null default 0,
      check (balance >= min_balance));
    create table transfer (id text primary key, debit text not null references account(id),
      credit text not null references account(id), amount integer not null check (amount > 0), created_at integer not null)`);
  const accounts = Array.from({ length: MEMBERS }, (_, i) => (keys === 'uuid' ? v7() : `a${i}`));
  const insertAccount = db.prepare('insert into account (id, balance) values (?, ?)');
  db.transaction(() => {
    for (const id of accounts) insertAccount.run(id, 1_000_000_000);
  })();
  const debit = db.prepare('update account set balance = balance - ? where id = ? and balance - ? >= min_balance');
  const credit = db.prepare('update account set balance = balance + ? where id = ?');
  const insert = db.prepare('insert into transfer (id, debit, credit, amount, created_at) values (?, ?, ?, ?, ?)');
  let seq = 0;
  const one = (i: number) => {
    const [a, b] = pair(i);
    if (debit.run(1, accounts[a], 1).changes !== 1) throw new Error('overdraft');
    credit.run(1, accounts[b]);
    insert.run(keys === 'uuid' ? v7() : `t${seq++}`, accounts[a], accounts[b], 1, Date.now());
  };
  const single = db.transaction((i: number) => one(i));
  const batched = db.transaction((i: number) => {
    for (let j = 0; j < BATCH; j++) one(i * BATCH + j);
  });
  const suffix = keys === 'short' ? '_short_keys' : '';
  return {
    figures: [
      figure(`ledger_ceiling_raw_sqlite_single${suffix}`, 1, (i) => single(i)),
      figure(`ledger_ceiling_raw_sqlite_batched${suffix}`, BATCH, (i) => batched(i)),
    ],
    close: () => db.close(),
  };
}

/** The PostgreSQL ceiling: the same statements from a bare pg client in its own schema. */
async function postgresCeiling(url: string): Promise<{ figures: Figure[]; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create table raw_account (id text primary key, balance bigint not null, min_balance bigint not null default 0,
      check (balance >= min_balance));
    create table raw_transfer (id text primary key, debit text not null references raw_account(id),
      credit text not null references raw_account(id), amount bigint not null check (amount > 0), created_at bigint not null)`);
  const accounts = Array.from({ length: MEMBERS }, () => v7());
  for (const id of accounts) await client.query('insert into raw_account (id, balance) values ($1, $2)', [id, 1_000_000_000]);
  const one = async (i: number) => {
    const [a, b] = pair(i);
    const low = accounts[a]! < accounts[b]!;
    const debit = () =>
      client.query('update raw_account set balance = balance - $1 where id = $2 and balance - $1 >= min_balance', [1, accounts[a]]);
    const credit = () => client.query('update raw_account set balance = balance + $1 where id = $2', [1, accounts[b]]);
    if (low) await debit().then(credit);
    else await credit().then(debit);
    await client.query('insert into raw_transfer (id, debit, credit, amount, created_at) values ($1, $2, $3, $4, $5)', [
      v7(),
      accounts[a],
      accounts[b],
      1,
      Date.now(),
    ]);
  };
  const inTransaction = async (work: () => Promise<void>) => {
    await client.query('begin');
    await work();
    await client.query('commit');
  };
  return {
    figures: [
      figure('ledger_ceiling_raw_pg_single', 1, (i) => inTransaction(() => one(i))),
      figure('ledger_ceiling_raw_pg_batched', BATCH, (i) =>
        inTransaction(async () => {
          for (let j = 0; j < BATCH; j++) await one(i * BATCH + j);
        }),
      ),
    ],
    close: () => client.end(),
  };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-ledger-'));
const ceiling = sqliteCeiling(path.join(dataDir, 'raw.sqlite'), 'uuid');
const shortCeiling = sqliteCeiling(path.join(dataDir, 'raw-short.sqlite'), 'short');
const hearth = await buildApp(
  loadConfig({ HEARTH_DATA_DIR: path.join(dataDir, 'hearth'), HEARTH_ROLES: 'api', HEARTH_SQLITE_SYNCHRONOUS: SYNCHRONOUS }),
  {
    logger: createLogger('silent'),
  },
);
const [single, keyed, batched] = (await ledgerFigures(hearth, 'sqlite')) as [Figure, Figure, Figure];
const [rawSingle, rawBatched] = ceiling.figures as [Figure, Figure];
const [shortSingle, shortBatched] = shortCeiling.figures as [Figure, Figure];
await run([rawSingle, shortSingle, single, keyed, rawBatched, shortBatched, batched]);
const audit = await hearth.modules.ledger.service.audit();
if (!audit.ok) throw new Error(`audit failed after the bench: ${JSON.stringify(audit.mismatches)}`);
await hearth.close();
ceiling.close();
shortCeiling.close();
const sqliteInfo = { engine: 'sqlite', synchronous: SYNCHRONOUS };
emitFigure(rawSingle, sqliteInfo);
emitFigure(shortSingle, sqliteInfo);
emitFigure(single, sqliteInfo);
emitFigure(keyed, sqliteInfo);
emitRatio('ledger_single_ratio_to_ceiling', single, rawSingle);
emitFigure(rawBatched, { ...sqliteInfo, per_transaction: BATCH });
emitFigure(shortBatched, { ...sqliteInfo, per_transaction: BATCH });
emitFigure(batched, { ...sqliteInfo, per_transaction: BATCH });
emitRatio('ledger_batched_ratio_to_ceiling', batched, rawBatched);

if (PG_URL) {
  const schema = `bench_ledger_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create schema ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const pgApp = await buildApp(
    loadConfig({ HEARTH_DATA_DIR: path.join(dataDir, 'pg'), HEARTH_ROLES: 'api', HEARTH_DATABASE_URL: url.toString() }),
    {
      logger: createLogger('silent'),
    },
  );
  const pgCeiling = await postgresCeiling(url.toString());
  try {
    const [pgSingle, pgKeyed, pgBatched, pgConcurrent] = (await ledgerFigures(pgApp, 'postgres')) as [Figure, Figure, Figure, Figure];
    const [pgRawSingle, pgRawBatched] = pgCeiling.figures as [Figure, Figure];
    await run([pgRawSingle, pgSingle, pgKeyed, pgRawBatched, pgBatched, pgConcurrent]);
    const pgAudit = await pgApp.modules.ledger.service.audit();
    if (!pgAudit.ok) throw new Error(`audit failed after the bench: ${JSON.stringify(pgAudit.mismatches)}`);
    const info = { engine: 'postgres', synchronous_commit: 'on' };
    emitFigure(pgRawSingle, info);
    emitFigure(pgSingle, info);
    emitFigure(pgKeyed, info);
    emitRatio('ledger_pg_single_ratio_to_ceiling', pgSingle, pgRawSingle);
    emitFigure(pgRawBatched, { ...info, per_transaction: BATCH });
    emitFigure(pgBatched, { ...info, per_transaction: BATCH });
    emitRatio('ledger_pg_batched_ratio_to_ceiling', pgBatched, pgRawBatched);
    emitFigure(pgConcurrent, { ...info, in_flight: 16 });
  } finally {
    await pgCeiling.close();
    await pgApp.close();
    await admin(`drop schema if exists ${schema} cascade`);
  }
}
fs.rmSync(dataDir, { recursive: true, force: true });
