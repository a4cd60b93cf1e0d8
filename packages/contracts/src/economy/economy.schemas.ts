import { z } from 'zod';
import { Amount, Id, IsoTime } from '../common/index.js';
import { AssetKind } from '../ledger/ledger.schemas.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** An asset as members see it: the community's points, or a chip with its issuer. */
export const AssetView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: AssetKind,
  icon: z.string().nullable(),
  issuerId: Id.nullable(),
  /** The issuing member (name and avatar) of a personal chip; null for points and brand chips. */
  issuer: AuthorRef.nullable(),
});
export type AssetView = z.infer<typeof AssetView>;

export const WalletBalance = z.object({ asset: AssetView, amount: z.number().int() });
export type WalletBalance = z.infer<typeof WalletBalance>;

/**
 * `GET /api/wallet`: the points balance first (always, even at 0), then every chip held,
 * largest first; `issuerCount` is how many different members' chips the wallet holds
 * ("chips from 37 people").
 */
export const Wallet = z.object({
  balances: z.array(WalletBalance),
  points: WalletBalance,
  chips: z.array(WalletBalance),
  issuerCount: z.number().int(),
});
export type Wallet = z.infer<typeof Wallet>;

export const TipTargetKind = z.enum(['post', 'comment', 'message']);
export type TipTargetKind = z.infer<typeof TipTargetKind>;
export const TipTarget = z.object({ kind: TipTargetKind, id: Id }).strict();
export type TipTarget = z.infer<typeof TipTarget>;

/** Where a tip went, for links from the history: the thread (post, comment) or conversation (message). */
export const TipTargetRef = TipTarget.extend({ postId: Id.nullable(), conversationId: Id.nullable() });
export type TipTargetRef = z.infer<typeof TipTargetRef>;

/** The other side of a movement: a member, or the community (grants, deductions, issuance). */
export const Counterpart = z.discriminatedUnion('type', [
  z.object({ type: z.literal('member'), member: AuthorRef }),
  /** `label`: `community` (grants, deductions), `issuance`, `escrow`, `erased` or another system account. */
  z.object({ type: z.literal('system'), label: z.string() }),
]);
export type Counterpart = z.infer<typeof Counterpart>;

export const WalletEntry = z.object({
  transferId: Id,
  /** `in` credited the wallet, `out` debited it. */
  direction: z.enum(['in', 'out']),
  amount: z.number().int(),
  /** The wallet's balance right after this movement is not kept; `seq` orders entries. */
  seq: z.number().int(),
  asset: AssetView,
  counterpart: Counterpart,
  /** The ledger's transfer kind: `tip`, `grant`, `deduct`, `transfer`, `mint`, `reversal` … */
  kind: z.string(),
  memo: z.string().nullable(),
  tip: TipTargetRef.nullable(),
  createdAt: IsoTime,
});
export type WalletEntry = z.infer<typeof WalletEntry>;

export const WalletHistoryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Only one asset's movements; all of them when omitted. */
  assetId: Id.optional(),
  /** The previous page's `nextCursor` (opaque; it names where each account's history continues). */
  cursor: z.string().max(8000).optional(),
});
export type WalletHistoryQuery = z.infer<typeof WalletHistoryQuery>;

export const WalletHistory = z.object({ items: z.array(WalletEntry), nextCursor: z.string().nullable() });
export type WalletHistory = z.infer<typeof WalletHistory>;

/** `POST /api/admin/points/grant|deduct`: points given or taken back by an owner or admin, always with a reason. */
export const PointsAdjustBody = z.object({ memberId: Id, amount: Amount, reason: z.string().trim().min(1).max(500) }).strict();
export type PointsAdjustBody = z.infer<typeof PointsAdjustBody>;

export const PointsAdjustResult = z.object({
  transfer: z.object({ id: Id, amount: z.number().int(), kind: z.string() }),
  /** The member's points balance after it. */
  balance: z.number().int(),
});
export type PointsAdjustResult = z.infer<typeof PointsAdjustResult>;

/** API.md names the target's kind `type`; both spellings are accepted, and the server sees `kind`. */
const TipTargetInput = z.union([
  TipTarget,
  z
    .object({ type: TipTargetKind, id: Id })
    .strict()
    .transform(({ type, id }): TipTarget => ({ kind: type, id })),
]);
export const TipBody = z.object({ target: TipTargetInput, assetId: Id, amount: Amount }).strict();
export type TipBody = z.infer<typeof TipBody>;

export const TipResult = z.object({
  tip: z.object({ id: Id, target: TipTarget, assetId: Id, amount: z.number().int(), recipientId: Id, createdAt: IsoTime }),
  transfer: z.object({ id: Id, amount: z.number().int() }),
});
export type TipResult = z.infer<typeof TipResult>;

export const TipSummaryQuery = z.object({
  /** Comma-separated `kind:id` pairs, at most 100: `post:…,comment:…`. */
  targets: z.string().min(1).max(8000),
});

export const TipTotal = z.object({ asset: AssetView, amount: z.number().int() });
export const TipSupporter = z.object({
  member: AuthorRef,
  /** What they gave in all assets together (chips count one for one with points here). */
  amount: z.number().int(),
});
export const TipSummary = z.object({
  target: TipTarget,
  totals: z.array(TipTotal),
  /** The five who gave the most, most first. */
  topSupporters: z.array(TipSupporter),
  tipCount: z.number().int(),
});
export type TipSummary = z.infer<typeof TipSummary>;
export const TipSummaries = z.object({ items: z.array(TipSummary) });
export type TipSummaries = z.infer<typeof TipSummaries>;

/** The owner's tip caps: what one member may tip per UTC day in each asset, overall and to any one member. */
export const EconomySettings = z.object({
  tipDailyCap: Amount,
  tipPairDailyCap: Amount,
});
export type EconomySettings = z.infer<typeof EconomySettings>;
export const EconomySettingsPatch = EconomySettings.partial().strict();

/** What a tipper may still give today (for the tip dialog). */
export const TipAllowance = z.object({
  caps: EconomySettings,
  /** Tipped today per asset, overall. */
  usedToday: z.array(z.object({ assetId: Id, amount: z.number().int() })),
});
export type TipAllowance = z.infer<typeof TipAllowance>;

export const AssetList = z.object({ items: z.array(AssetView) });
