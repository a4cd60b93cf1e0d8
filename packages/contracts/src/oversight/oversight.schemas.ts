import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';
import { AssetKind, LedgerAudit } from '../ledger/ledger.schemas.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** A reason an admin gives for a console action (freeze, reversal, a flag's decision); it goes to the audit log. */
export const OversightReason = z.string().trim().min(1).max(500);

/** Where an asset's outstanding supply sits: members' wallets, erased members' wallets, escrow (open holds), the treasury (system accounts). */
export const Circulation = z.object({
  members: z.number().int(),
  ownerless: z.number().int(),
  escrow: z.number().int(),
  treasury: z.number().int(),
});

export const TopHolder = z.object({
  /** Null for an erased member's wallet. */
  member: AuthorRef.nullable(),
  balance: z.number().int(),
  /** Share of the supply, 0–1. */
  share: z.number(),
  frozen: z.boolean(),
});

/** One asset in the economy console (and, fewer fields, on the transparency page). */
export const AssetOverview = z.object({
  assetId: Id,
  code: z.string(),
  name: z.string(),
  kind: AssetKind,
  supply: z.number().int(),
  supplyCap: z.number().int().nullable(),
  holders: z.number().int(),
  circulation: Circulation,
  frozen: z.boolean(),
  topHolders: z.array(TopHolder),
  /** Share of the supply held by the top holders listed. */
  topShare: z.number(),
});
export type AssetOverview = z.infer<typeof AssetOverview>;

export const EconomyOverview = z.object({ assets: z.array(AssetOverview) });
export type EconomyOverview = z.infer<typeof EconomyOverview>;

/** The buckets of the flows chart; every transfer kind falls into one (`other` for holds, settles, fees …). */
export const FlowBucket = z.enum(['minted', 'tipped', 'transferred', 'redeemed', 'burned', 'other']);
export type FlowBucket = z.infer<typeof FlowBucket>;

export const FlowsQuery = z.object({
  assetId: Id,
  days: z.coerce
    .number()
    .int()
    .refine((d) => d === 30 || d === 90, { message: 'days_30_or_90' })
    .default(30),
});

export const FlowDay = z.object({
  /** UTC day, `YYYY-MM-DD`. */
  day: z.string(),
  minted: z.number().int(),
  tipped: z.number().int(),
  transferred: z.number().int(),
  redeemed: z.number().int(),
  burned: z.number().int(),
  other: z.number().int(),
});
export type FlowDay = z.infer<typeof FlowDay>;

/** Every day of the range, oldest first, zeros included. */
export const EconomyFlows = z.object({ assetId: Id, days: z.array(FlowDay) });
export type EconomyFlows = z.infer<typeof EconomyFlows>;

export const VerifyResult = z.object({ audit: LedgerAudit, durationMs: z.number().int().min(0) });
export type VerifyResult = z.infer<typeof VerifyResult>;

export const WalletFreezeBody = z.object({ memberId: Id, assetId: Id, frozen: z.boolean(), reason: OversightReason }).strict();
export const WalletFreezeResult = z.object({ memberId: Id, assetId: Id, accountId: Id, frozen: z.boolean() });

export const TransferParams = z.object({ transferId: Id });
export const ReverseBody = z.object({ reason: OversightReason }).strict();

/** A transfer as the console shows it, with who paid and who received. */
export const ConsoleTransfer = z.object({
  id: Id,
  kind: z.string(),
  assetId: Id,
  assetCode: z.string(),
  amount: z.number().int(),
  from: AuthorRef.nullable(),
  to: AuthorRef.nullable(),
  /** The account kinds (`wallet`, `issuance`, `escrow`, `system`). */
  fromKind: z.string(),
  toKind: z.string(),
  memo: z.string().nullable(),
  createdAt: IsoTime,
  reversalOf: Id.nullable(),
  /** The reversal of this transfer, if any. */
  reversedBy: Id.nullable(),
});
export type ConsoleTransfer = z.infer<typeof ConsoleTransfer>;
export const ConsoleTransferResult = z.object({ transfer: ConsoleTransfer });
export const ReverseResult = z.object({ reversal: ConsoleTransfer });

/** Wash-trade and abuse signals the detectors raise. */
export const FlagKind = z.enum(['round_trip', 'cycle', 'concentration', 'many_to_one']);
export type FlagKind = z.infer<typeof FlagKind>;
export const FlagStatus = z.enum(['open', 'dismissed', 'actioned']);
export type FlagStatus = z.infer<typeof FlagStatus>;

export const EconomyFlag = z.object({
  id: Id,
  kind: FlagKind,
  assetId: Id,
  assetCode: z.string(),
  /** 0–100: how strong the signal is. */
  score: z.number().int().min(0).max(100),
  status: FlagStatus,
  members: z.array(AuthorRef),
  transferIds: z.array(Id),
  /** Total moved by the transfers involved. */
  amount: z.number().int(),
  createdAt: IsoTime,
  decidedAt: IsoTime.nullable(),
  decidedBy: AuthorRef.nullable(),
  reason: z.string().nullable(),
});
export type EconomyFlag = z.infer<typeof EconomyFlag>;

export const FlagListQuery = z.object({
  status: FlagStatus.default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export const FlagPage = z.object({ items: z.array(EconomyFlag), nextCursor: z.string().nullable() });
export type FlagPage = z.infer<typeof FlagPage>;
export const FlagParams = z.object({ flagId: Id });
export const FlagDecisionBody = z.object({ status: z.enum(['dismissed', 'actioned']), reason: OversightReason }).strict();
export const FlagResult = z.object({ flag: EconomyFlag });
export const ScanResult = z.object({ scanned: z.number().int(), raised: z.number().int() });

/** The owner's choice: may members see supply per asset and verify their own wallets. */
export const TransparencySettings = z.object({ membersMayVerify: z.boolean() });
export type TransparencySettings = z.infer<typeof TransparencySettings>;
export const TransparencySettingsPatch = TransparencySettings.strict();

export const TransparencyAsset = AssetOverview.pick({
  assetId: true,
  code: true,
  name: true,
  kind: true,
  supply: true,
  supplyCap: true,
  holders: true,
  circulation: true,
});
export const TransparencyPage = z.object({ assets: z.array(TransparencyAsset) });
export type TransparencyPage = z.infer<typeof TransparencyPage>;

/** One of the caller's wallets, its hash chain recomputed from its transfers. */
export const WalletChainCheck = z.object({
  assetId: Id,
  code: z.string(),
  name: z.string(),
  transfers: z.number().int(),
  balance: z.number().int(),
  /** The head recomputed from the transfers. */
  recomputedHead: z.string(),
  /** The head stored on the wallet. */
  storedHead: z.string(),
  /** Head, balance and every link match. */
  match: z.boolean(),
});
export const WalletVerification = z.object({ wallets: z.array(WalletChainCheck), ok: z.boolean(), checkedAt: IsoTime });
export type WalletVerification = z.infer<typeof WalletVerification>;
