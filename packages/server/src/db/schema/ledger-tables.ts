/**
 * The ledger's tables (migration 0014; modules/ledger). Amounts and balances are integers
 * within ±(2^53 − 1): `bigint` on PostgreSQL (parsed to numbers, see db/database.ts) and
 * INTEGER on SQLite, so they round-trip exactly on both engines.
 */
import type { Generated } from 'kysely';

export interface AssetTable {
  id: string;
  /** Unique, upper-case (`POINTS`, `ALICE`). */
  code: string;
  kind: 'points' | 'chip';
  /** The member who issues a personal chip; null for points and brand chips. */
  issuerMemberId: string | null;
  name: string;
  icon: string | null;
  description: string;
  /** Most that may be outstanding at once; null for uncapped (points). */
  supplyCap: number | null;
  /** Most that `mint` may create per UTC day; null for no limit. */
  dailyMintLimit: number | null;
  /** The UTC day (days since the epoch) that `mintedToday` counts. */
  mintDay: number;
  mintedToday: number;
  frozen: number;
  createdAt: number;
  updatedAt: number;
}

export interface AccountTable {
  id: string;
  assetId: string;
  /** The wallet's member; null for system accounts and for wallets of erased members. */
  ownerMemberId: string | null;
  kind: 'wallet' | 'issuance' | 'escrow' | 'system';
  /** What a system account is for (`issuance`, `escrow`, `fees`, …); `erased` for an anonymised wallet. */
  label: string | null;
  balance: number;
  /** The floor debits are checked against: 0, or −cap for an issuance account. */
  minBalance: number;
  frozen: number;
  /** How many transfers touched the account: the version of its newest one. */
  version: number;
  /** Hash-chain head: the account-side hash of its newest transfer ('' before the first). */
  headHash: string;
  /** The account's newest transfer: the head of its history list. */
  lastTransferId: string | null;
  /** Scratch for the balance UPDATE's RETURNING: the head before it (see migration 0014). */
  prevTransferId: string | null;
  createdAt: number;
}

export interface TransferTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  assetId: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  memo: string | null;
  /** Member id of whoever caused it, or `system`. */
  initiatorId: string;
  idempotencyKey: string | null;
  reversalOf: string | null;
  holdId: string | null;
  createdAt: number;
  debitVersion: number;
  creditVersion: number;
  debitHash: string;
  creditHash: string;
  /** The debit account's transfer before this one (null for its first). */
  debitPrevId: string | null;
  creditPrevId: string | null;
}

export interface HoldTable {
  id: string;
  assetId: string;
  payerAccountId: string;
  payeeAccountId: string;
  escrowAccountId: string;
  amount: number;
  settledAmount: number | null;
  status: 'held' | 'settled' | 'released';
  expiresAt: number | null;
  createdAt: number;
  resolvedAt: number | null;
}

export interface LedgerTables {
  asset: AssetTable;
  account: AccountTable;
  transfer: TransferTable;
  hold: HoldTable;
}
