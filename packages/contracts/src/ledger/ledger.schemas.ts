import { z } from 'zod';
import { IsoTime } from '../common/index.js';

/** What an asset is: the community's points, or a chip (a member's personal chip or a brand chip). */
export const AssetKind = z.enum(['points', 'chip']);
export type AssetKind = z.infer<typeof AssetKind>;

/** The ledger audit's checks, each named by what it proves. */
export const LedgerCheck = z.enum([
  /** The balances of an asset sum to zero. */
  'zero_sum',
  /** No account is below its floor (wallets, escrows and system accounts below zero; issuance beyond the cap). */
  'below_floor',
  /** A cached balance equals the one recomputed from the account's transfers. */
  'cached_balance',
  /** An account's transfers are numbered 1…n without gaps, and its version is n. */
  'version',
  /** Every transfer's hash follows from its fields and the account's previous hash. */
  'chain',
  /** The account's head hash is that of its newest transfer. */
  'head_hash',
  /** Each transfer links to the account's previous one, and the account to its newest (the history list). */
  'history',
  /** An asset's outstanding supply is within its cap, and its issuance floor is the cap. */
  'supply_cap',
  /** An escrow account holds exactly the open holds on it. */
  'escrow_holds',
  /** A transfer and its accounts are of the same asset. */
  'asset',
  /** A reversal mirrors the transfer it reverses. */
  'reversal',
]);
export type LedgerCheck = z.infer<typeof LedgerCheck>;

export const LedgerMismatch = z.object({
  check: LedgerCheck,
  assetId: z.string().nullable(),
  accountId: z.string().nullable(),
  transferId: z.string().nullable(),
  expected: z.union([z.number(), z.string()]).nullable(),
  actual: z.union([z.number(), z.string()]).nullable(),
});
export type LedgerMismatch = z.infer<typeof LedgerMismatch>;

/** One asset as the audit found it: `supply` is what is outstanding (−balance of its issuance account). */
export const LedgerAssetAudit = z.object({
  assetId: z.string(),
  code: z.string(),
  kind: AssetKind,
  supply: z.number().int(),
  supplyCap: z.number().int().nullable(),
  sumOfBalances: z.number().int(),
  /** Held in escrow by open holds. */
  escrowed: z.number().int(),
  /** Wallets with a positive balance. */
  holders: z.number().int(),
  frozen: z.boolean(),
});
export type LedgerAssetAudit = z.infer<typeof LedgerAssetAudit>;

/**
 * `GET /api/admin/ledger/audit`: every balance recomputed from the transfers, the zero sum
 * per asset, floors, caps, escrow, and every account's hash chain. `root` digests every
 * account's head: record it, and a later audit that reproduces history up to then shows it
 * unchanged. At most 100 mismatches are listed; `mismatchCount` counts them all.
 */
export const LedgerAudit = z.object({
  ok: z.boolean(),
  checkedAt: IsoTime,
  transfers: z.number().int(),
  accounts: z.number().int(),
  root: z.string(),
  assets: z.array(LedgerAssetAudit),
  mismatches: z.array(LedgerMismatch),
  mismatchCount: z.number().int(),
});
export type LedgerAudit = z.infer<typeof LedgerAudit>;
