import type { AccountTable, AssetTable, HoldTable } from '../../db/schema/ledger-tables.js';

/** The largest amount or balance: JavaScript's largest safe integer, so every figure round-trips exactly. */
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

/** The initiator of transfers no member caused (rules, jobs, setup). */
export const SYSTEM_INITIATOR = 'system';

/** Who stands behind a transfer's annotations once their member was erased. */
export const ERASED_INITIATOR = 'erased';

export const MEMO_MAX_LENGTH = 500;

/**
 * Kinds only the ledger's own operations write: `transfer()` refuses them, so a `mint` is
 * always a debit of the issuance account, a `hold` always moves into escrow, and so on.
 */
export const RESERVED_KINDS = ['mint', 'grant', 'burn', 'deduct', 'hold', 'settle', 'release', 'reversal'] as const;

/** Kinds that may not be reversed: holds resolve by settle/release, and a reversal is final. */
export const IRREVERSIBLE_KINDS: ReadonlySet<string> = new Set(['hold', 'release', 'reversal']);

/** A free transfer kind (`transfer`, `tip`, `fee`, `redeem` …): lower case, at most 32 characters. */
export const TRANSFER_KIND = /^[a-z][a-z_]{0,31}$/;

/** An account named by id, or a member's wallet of the operation's asset (made on first use). */
export type AccountRef = { accountId: string } | { memberId: string };

export type Asset = Omit<AssetTable, 'frozen' | 'mintDay' | 'mintedToday'> & { frozen: boolean };
export type Account = Omit<AccountTable, 'frozen' | 'prevTransferId'> & { frozen: boolean };
export type Hold = HoldTable;

/** One movement of one asset from one account to another. Never updated, never deleted. */
export interface Transfer {
  id: string;
  /** Commit order per account; a cursor for histories. */
  seq: number;
  kind: string;
  assetId: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  memo: string | null;
  initiatorId: string;
  reversalOf: string | null;
  holdId: string | null;
  createdAt: number;
}

/** The columns a `Transfer` is read from. */
export const TRANSFER_COLUMNS = [
  'seq',
  'id',
  'kind',
  'assetId',
  'debitAccountId',
  'creditAccountId',
  'amount',
  'memo',
  'initiatorId',
  'reversalOf',
  'holdId',
  'createdAt',
] as const;

/** What every value-moving call may say about itself. */
export interface TransferMeta {
  memo?: string | null;
  /** Member id of whoever caused it; defaults to `system`. */
  initiatorId?: string;
  /**
   * Unique per initiator: a retry with the same key and the same movement returns the
   * original transfer; the same key with another movement is `idempotency_conflict`.
   */
  idempotencyKey?: string | null;
}

export interface TransferInput extends TransferMeta {
  assetId: string;
  from: AccountRef;
  to: AccountRef;
  amount: number;
  /** Defaults to `transfer`; any free kind (see TRANSFER_KIND), not a reserved one. */
  kind?: string;
}

export interface MintInput extends TransferMeta {
  assetId: string;
  to: AccountRef;
  amount: number;
  /** `grant` for points given by the community (rules, owners); `mint` otherwise. */
  kind?: 'mint' | 'grant';
}

export interface BurnInput extends TransferMeta {
  assetId: string;
  from: AccountRef;
  amount: number;
  /** `deduct` for points taken back by an owner; `burn` otherwise. */
  kind?: 'burn' | 'deduct';
}

export interface HoldInput extends TransferMeta {
  assetId: string;
  /** Whose balance is held. */
  from: AccountRef;
  /** Who is paid when the hold settles. */
  to: AccountRef;
  amount: number;
  /** After this the hold can no longer settle, and a job releases it. */
  expiresAt?: number | null;
}

export interface NewAssetInput {
  code: string;
  name: string;
  kind: 'points' | 'chip';
  issuerMemberId?: string | null;
  icon?: string | null;
  description?: string;
  supplyCap?: number | null;
  dailyMintLimit?: number | null;
}
