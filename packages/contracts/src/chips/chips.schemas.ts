import { z } from 'zod';
import { Amount, Id, IsoTime, PlainText } from '../common/index.js';
import { AssetView } from '../economy/economy.schemas.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** A chip's code: 2–8 letters or digits, upper-cased (`alice` is taken as `ALICE`). */
export const ChipCode = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{2,8}$/, 'invalid_chip_code'));

/** Codes no chip may take: they name the community's points or the platform itself. */
export const RESERVED_CHIP_CODES: readonly string[] = [
  'PTS',
  'POINT',
  'POINTS',
  'JIFEN',
  'HEARTH',
  'ADMIN',
  'OWNER',
  'SYSTEM',
  'BRAND',
  'CHIP',
  'CHIPS',
  'USD',
  'TWD',
  'CNY',
  'RMB',
  'HKD',
  'EUR',
];

/** An emoji or a few characters shown on the coin; no markup, no control characters. */
export const ChipIcon = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .refine((icon) => !/[<>\s]/.test(icon), 'invalid_format');

/** `POST /api/chips` (a member's own chip) and `POST /api/admin/chips` (a brand chip). */
export const ChipIssueBody = z
  .object({
    code: ChipCode,
    name: z.string().trim().min(1).max(50),
    icon: ChipIcon.nullable().optional(),
    description: PlainText(500).optional(),
    /** Most that may ever be outstanding; 10,000 when omitted. */
    supplyCap: Amount.default(10_000),
    /** Most that may be minted per UTC day; 1,000 when omitted (at most the cap). */
    dailyMintLimit: Amount.default(1_000),
  })
  .strict();
export type ChipIssueBody = z.infer<typeof ChipIssueBody>;

export const ChipRequestStatus = z.enum(['pending', 'approved', 'declined']);

/** A member's request to issue a chip, when the owner asks for approval. */
export const ChipRequest = z.object({
  id: Id,
  member: AuthorRef.nullable(),
  code: z.string(),
  name: z.string(),
  icon: z.string().nullable(),
  description: z.string(),
  supplyCap: z.number().int(),
  dailyMintLimit: z.number().int(),
  status: ChipRequestStatus,
  /** Why it was declined (shown to the member). */
  decisionReason: z.string().nullable(),
  decidedAt: IsoTime.nullable(),
  /** The chip made on approval. */
  assetId: Id.nullable(),
  createdAt: IsoTime,
});
export type ChipRequest = z.infer<typeof ChipRequest>;

/** The answer of `POST /api/chips`: the chip (issued now) or the request (awaiting an admin). */
export const ChipIssueResult = z.object({ asset: AssetView.nullable(), request: ChipRequest.nullable() });
export type ChipIssueResult = z.infer<typeof ChipIssueResult>;

/**
 * Who may issue a personal chip: `off` nobody; `open` any active member of at least the
 * tier rank, at once; `approval` those members may ask, and an admin decides.
 */
export const ChipIssuanceMode = z.enum(['off', 'open', 'approval']);
export type ChipIssuanceMode = z.infer<typeof ChipIssuanceMode>;
export const ChipSettings = z.object({ issuanceMode: ChipIssuanceMode, minTierRank: z.number().int().min(0).max(1000) });
export type ChipSettings = z.infer<typeof ChipSettings>;
export const ChipSettingsPatch = ChipSettings.partial().strict();

/** What the caller may do about a chip of their own (for the "issue your chip" card). */
export const ChipEligibility = z.object({
  mode: ChipIssuanceMode,
  minTierRank: z.number().int(),
  /** Why not, when they cannot: `issuance_off`, `tier_too_low`, `not_active`, `has_chip`, `request_pending`. */
  blockedBy: z.enum(['issuance_off', 'tier_too_low', 'not_active', 'has_chip', 'request_pending']).nullable(),
  canIssue: z.boolean(),
  chip: AssetView.nullable(),
  /** Their latest request (pending, or the last decision). */
  request: ChipRequest.nullable(),
});
export type ChipEligibility = z.infer<typeof ChipEligibility>;

export const ChipRequestDecision = z.object({ reason: z.string().trim().max(500).optional() }).strict();
export const ChipDeclineBody = z.object({ reason: z.string().trim().min(1).max(500) }).strict();
export const ChipRequestList = z.object({ items: z.array(ChipRequest), nextCursor: z.string().nullable() });
export const ChipRequestQuery = z.object({
  status: ChipRequestStatus.default('pending'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const ChipAssetParams = z.object({ assetId: Id });
export const ChipRequestParams = z.object({ requestId: Id });

export const ChipMintBody = z.object({ amount: Amount, note: z.string().trim().max(500).optional() }).strict();
export const ChipGiveBody = z.object({ memberId: Id, amount: Amount, note: z.string().trim().max(500).optional() }).strict();
/** Everyone listed receives `amount` newly minted chips; all or none. */
export const ChipAirdropBody = z
  .object({
    memberIds: z
      .array(Id)
      .min(1)
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, 'duplicate_member'),
    amount: Amount,
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export const ChipFreezeBody = z.object({ reason: z.string().trim().min(1).max(500) }).strict();

export const ChipMovementResult = z.object({
  transfers: z.array(z.object({ id: Id, amount: z.number().int(), toMemberId: Id.nullable() })),
  /** What the issuer side holds afterwards (the issuer's wallet, or the brand treasury). */
  issuerBalance: z.number().int(),
  supply: z.number().int(),
});
export type ChipMovementResult = z.infer<typeof ChipMovementResult>;

/** Supply figures of an asset: `minted` is what is outstanding now (minted minus burned). */
export const AssetSupply = z.object({
  minted: z.number().int(),
  supplyCap: z.number().int().nullable(),
  dailyMintLimit: z.number().int().nullable(),
  holders: z.number().int(),
});

export const AssetSummary = AssetView.extend({
  description: z.string(),
  frozen: z.boolean(),
  supply: AssetSupply,
  createdAt: IsoTime,
});
export type AssetSummary = z.infer<typeof AssetSummary>;

export const AssetListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  kind: z.enum(['points', 'chip']).optional(),
});
export const AssetPage = z.object({ items: z.array(AssetSummary), nextCursor: z.string().nullable() });
export type AssetPage = z.infer<typeof AssetPage>;

export const AssetCodeParams = z.object({ code: z.string().min(1).max(16) });

export const ChipHolder = z.object({ member: AuthorRef.nullable(), amount: z.number().int() });
export const ChipMovement = z.object({
  id: Id,
  kind: z.string(),
  amount: z.number().int(),
  /** Null for the issuance side (minted) or a system account. */
  from: AuthorRef.nullable(),
  to: AuthorRef.nullable(),
  createdAt: IsoTime,
});

/** `GET /api/economy/assets/:code`: the chip page. */
export const AssetDetail = AssetSummary.extend({
  /** Of the outstanding supply, the share (0–1) the largest holder has. */
  topHolderShare: z.number().min(0).max(1),
  topHolders: z.array(ChipHolder),
  recentMovements: z.array(ChipMovement),
  /** Ledger transfers of kind `redemption`/`redeem` in this asset; null when there were none. */
  redemptions: z.object({ count: z.number().int(), amount: z.number().int() }).nullable(),
  freeze: z.object({ reason: z.string(), by: AuthorRef.nullable(), at: IsoTime }).nullable(),
  /** What the caller may do here. */
  can: z.object({ mint: z.boolean(), give: z.boolean(), freeze: z.boolean() }),
  /** What the issuer side holds (issuer's wallet or the brand treasury), for those who may give. */
  issuerBalance: z.number().int().nullable(),
  mintedToday: z.number().int(),
});
export type AssetDetail = z.infer<typeof AssetDetail>;
