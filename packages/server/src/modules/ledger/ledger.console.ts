import { sql } from 'kysely';
import type { DbOrTx } from '../../db/database.js';
import { DAY_MS } from '../../platform/clock.js';
import { chainHash, chainPayload, type ChainedFields } from './ledger.chain.js';

/** Where an asset's supply sits (issuance excluded: it is the supply's negative). */
export interface AssetCirculation {
  members: number;
  ownerless: number;
  escrow: number;
  treasury: number;
}

/** A movement between members, as the detectors read it: a settled hold counts as its payer paying its payee. */
export interface MemberFlow {
  id: string;
  seq: number;
  assetId: string;
  kind: string;
  amount: number;
  createdAt: number;
  fromMemberId: string;
  toMemberId: string;
}

export interface ChainCheck {
  accountId: string;
  transfers: number;
  balance: number;
  recomputedHead: string;
  storedHead: string;
  match: boolean;
}

export interface TransferDetail {
  id: string;
  kind: string;
  assetId: string;
  amount: number;
  memo: string | null;
  createdAt: number;
  reversalOf: string | null;
  reversedBy: string | null;
  from: { accountId: string; kind: string; memberId: string | null };
  to: { accountId: string; kind: string; memberId: string | null };
}

/** Slack when finding where a time window starts in `seq` order: writes from several nodes may commit slightly out of time order. */
const SEQ_TIME_SLACK_MS = 60 * 60_000;
const CHAIN_PAGE = 1000;

/**
 * Read-only views for the economy console and the transparency page: circulation, daily
 * flows, member-to-member movements for the abuse detectors, and one account's hash chain
 * recomputed. Other modules read these through the ledger's service, never its tables.
 */
export class LedgerConsole {
  /** Balances per asset by who holds them. */
  async circulation(db: DbOrTx, assetIds: readonly string[]): Promise<Map<string, AssetCirculation>> {
    const out = new Map<string, AssetCirculation>(assetIds.map((id) => [id, { members: 0, ownerless: 0, escrow: 0, treasury: 0 }]));
    if (assetIds.length === 0) return out;
    const rows = await db
      .selectFrom('account')
      .select([
        'assetId',
        'kind',
        sql<number>`case when owner_member_id is null then 1 else 0 end`.as('ownerless'),
        sql<number>`sum(balance)`.as('total'),
      ])
      .where('assetId', 'in', [...new Set(assetIds)])
      .where('kind', '!=', 'issuance')
      .groupBy(['assetId', 'kind', sql`case when owner_member_id is null then 1 else 0 end`])
      .execute();
    for (const r of rows) {
      const c = out.get(r.assetId);
      if (!c) continue;
      const total = Number(r.total ?? 0);
      if (r.kind === 'escrow') c.escrow += total;
      else if (r.kind === 'system') c.treasury += total;
      else if (Number(r.ownerless) === 1) c.ownerless += total;
      else c.members += total;
    }
    return out;
  }

  /** The wallets holding the most of an asset, most first, with whether each is frozen. */
  async topWallets(db: DbOrTx, assetId: string, limit: number): Promise<{ memberId: string | null; balance: number; frozen: boolean }[]> {
    const rows = await db
      .selectFrom('account')
      .select(['ownerMemberId', 'balance', 'frozen'])
      .where('assetId', '=', assetId)
      .where('kind', '=', 'wallet')
      .where('balance', '>', 0)
      .orderBy('balance', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ memberId: r.ownerMemberId, balance: Number(r.balance), frozen: r.frozen === 1 }));
  }

  /** The first `seq` that can hold a transfer at or after `since` (a binary search over the primary key). */
  async firstSeqSince(db: DbOrTx, since: number): Promise<number> {
    const bounds = await db
      .selectFrom('transfer')
      .select([sql<number | null>`min(seq)`.as('lo'), sql<number | null>`max(seq)`.as('hi')])
      .executeTakeFirstOrThrow();
    let lo = Number(bounds.lo ?? 0);
    let hi = Number(bounds.hi ?? 0);
    if (bounds.lo === null) return 0;
    const target = since - SEQ_TIME_SLACK_MS;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const row = await db
        .selectFrom('transfer')
        .select(['seq', 'createdAt'])
        .where('seq', '>=', mid)
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      if (!row || Number(row.createdAt) >= target) hi = mid;
      else lo = Number(row.seq) + 1;
    }
    return lo;
  }

  /** Amounts per UTC day and transfer kind of one asset from `since` on. */
  async dailyTotals(db: DbOrTx, assetId: string, since: number): Promise<{ day: number; kind: string; amount: number }[]> {
    const fromSeq = await this.firstSeqSince(db, since);
    // A literal, not a parameter: PostgreSQL matches the GROUP BY expression to the SELECT one textually.
    const day = sql<number>`cast(created_at / ${sql.lit(DAY_MS)} as bigint)`;
    const rows = await db
      .selectFrom('transfer')
      .select([day.as('day'), 'kind', sql<number>`sum(amount)`.as('total')])
      .where('seq', '>=', fromSeq)
      .where('assetId', '=', assetId)
      .where('createdAt', '>=', since)
      .groupBy([day, 'kind'])
      .execute();
    return rows.map((r) => ({ day: Number(r.day), kind: r.kind, amount: Number(r.total) }));
  }

  /**
   * Movements from one member to another since `since`, oldest first, at most `limit`:
   * wallet-to-wallet transfers and tips, and settled holds (marketplace and order fills)
   * read as payer → payee. Reversals are left out: they undo, they do not trade.
   */
  async memberFlows(db: DbOrTx, since: number, limit: number): Promise<MemberFlow[]> {
    const fromSeq = await this.firstSeqSince(db, since);
    const rows = await db
      .selectFrom('transfer as t')
      .innerJoin('account as d', 'd.id', 't.debitAccountId')
      .innerJoin('account as c', 'c.id', 't.creditAccountId')
      .leftJoin('hold as h', 'h.id', 't.holdId')
      .leftJoin('account as p', 'p.id', 'h.payerAccountId')
      .select([
        't.id as id',
        't.seq as seq',
        't.assetId as assetId',
        't.kind as kind',
        't.amount as amount',
        't.createdAt as createdAt',
        sql<string | null>`case when d.kind = 'escrow' and t.kind = 'settle' then p.owner_member_id else d.owner_member_id end`.as(
          'fromMemberId',
        ),
        'c.ownerMemberId as toMemberId',
      ])
      .where('t.seq', '>=', fromSeq)
      .where('t.createdAt', '>=', since)
      .where('t.kind', '!=', 'reversal')
      .where('c.kind', '=', 'wallet')
      .where((eb) => eb.or([eb('d.kind', '=', 'wallet'), eb.and([eb('d.kind', '=', 'escrow'), eb('t.kind', '=', 'settle')])]))
      .orderBy('t.seq')
      .limit(limit)
      .execute();
    const out: MemberFlow[] = [];
    for (const r of rows) {
      if (!r.fromMemberId || !r.toMemberId || r.fromMemberId === r.toMemberId) continue;
      out.push({
        ...r,
        seq: Number(r.seq),
        amount: Number(r.amount),
        createdAt: Number(r.createdAt),
        fromMemberId: r.fromMemberId,
        toMemberId: r.toMemberId,
      });
    }
    return out;
  }

  /** When each listed member received their first ever credit into a wallet (how new an account is, for many-to-one). */
  async walletsCreatedAt(db: DbOrTx, memberIds: readonly string[]): Promise<Map<string, number>> {
    if (memberIds.length === 0) return new Map();
    const rows = await db
      .selectFrom('account')
      .select(['ownerMemberId', sql<number>`min(created_at)`.as('at')])
      .where('ownerMemberId', 'in', [...new Set(memberIds)])
      .groupBy('ownerMemberId')
      .execute();
    return new Map(rows.flatMap((r) => (r.ownerMemberId ? [[r.ownerMemberId, Number(r.at)] as const] : [])));
  }

  /**
   * Recomputes one account's hash chain, balance and version from its transfers (walking its
   * history list back from the head, then replaying forward) and compares with what the
   * account row stores. A row altered in SQL breaks the recomputed head.
   */
  async verifyChain(db: DbOrTx, accountId: string): Promise<ChainCheck | undefined> {
    const account = await db
      .selectFrom('account')
      .select(['headHash', 'balance', 'version', 'lastTransferId'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!account) return undefined;
    type Row = ChainedFields & {
      debitHash: string;
      creditHash: string;
      debitPrevId: string | null;
      creditPrevId: string | null;
      depth: number;
    };
    const newestFirst: Row[] = [];
    let from = account.lastTransferId;
    while (from) {
      const { rows } = await sql<Row>`
        with recursive chain (id, depth) as (
          select cast(${from} as text), 0
          union all
          select case when t.debit_account_id = ${accountId} then t.debit_prev_id else t.credit_prev_id end, chain.depth + 1
          from chain join transfer t on t.id = chain.id
          where chain.depth + 1 < ${CHAIN_PAGE} and (t.debit_account_id = ${accountId} or t.credit_account_id = ${accountId})
        )
        select t.id, t.kind, t.asset_id, t.debit_account_id, t.credit_account_id, t.amount, t.created_at, t.reversal_of, t.hold_id,
          t.debit_hash, t.credit_hash, t.debit_prev_id, t.credit_prev_id, chain.depth
        from chain join transfer t on t.id = chain.id
        where t.debit_account_id = ${accountId} or t.credit_account_id = ${accountId}
        order by chain.depth
      `.execute(db);
      newestFirst.push(...rows);
      const last = rows[rows.length - 1];
      if (rows.length < CHAIN_PAGE || !last) break;
      from = last.debitAccountId === accountId ? last.debitPrevId : last.creditPrevId;
    }
    let head = '';
    let balance = 0;
    let linked = true;
    for (const t of newestFirst.reverse()) {
      const isDebit = t.debitAccountId === accountId;
      head = chainHash(head, chainPayload({ ...t, amount: Number(t.amount), createdAt: Number(t.createdAt) }));
      if (head !== (isDebit ? t.debitHash : t.creditHash)) linked = false;
      balance += isDebit ? -Number(t.amount) : Number(t.amount);
    }
    const match =
      linked && head === account.headHash && balance === Number(account.balance) && newestFirst.length === Number(account.version);
    return { accountId, transfers: newestFirst.length, balance, recomputedHead: head, storedHead: account.headHash, match };
  }

  /** One transfer with its two accounts and its reversal, if any. */
  async transferDetail(db: DbOrTx, transferId: string): Promise<TransferDetail | undefined> {
    const row = await db
      .selectFrom('transfer as t')
      .innerJoin('account as d', 'd.id', 't.debitAccountId')
      .innerJoin('account as c', 'c.id', 't.creditAccountId')
      .leftJoin('transfer as r', 'r.reversalOf', 't.id')
      .select([
        't.id as id',
        't.kind as kind',
        't.assetId as assetId',
        't.amount as amount',
        't.memo as memo',
        't.createdAt as createdAt',
        't.reversalOf as reversalOf',
        'r.id as reversedBy',
        'd.id as fromId',
        'd.kind as fromKind',
        'd.ownerMemberId as fromMember',
        'c.id as toId',
        'c.kind as toKind',
        'c.ownerMemberId as toMember',
      ])
      .where('t.id', '=', transferId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      kind: row.kind,
      assetId: row.assetId,
      amount: Number(row.amount),
      memo: row.memo,
      createdAt: Number(row.createdAt),
      reversalOf: row.reversalOf,
      reversedBy: row.reversedBy ?? null,
      from: { accountId: row.fromId, kind: row.fromKind, memberId: row.fromMember },
      to: { accountId: row.toId, kind: row.toKind, memberId: row.toMember },
    };
  }
}
