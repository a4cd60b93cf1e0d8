import { z } from 'zod';
import { Amount, Id, IsoTime } from '../common/index.js';
import { AssetView } from '../economy/economy.schemas.js';
import { AuthorRef } from '../posts/posts.schemas.js';

/** What a perk (積分商城 item) is: goods shipped, a download, a 1:1 call, a shout-out, an event seat, a course unlock, a tier upgrade. */
export const PerkKind = z.enum(['goods', 'download', 'call', 'shoutout', 'event_seat', 'course_unlock', 'tier_upgrade']);
export type PerkKind = z.infer<typeof PerkKind>;
export const PERK_KINDS = PerkKind.options;

/** `active` can be redeemed (inside its window); `paused` is listed to its managers only; `archived` is retired for good. */
export const PerkStatus = z.enum(['active', 'paused', 'archived']);
export type PerkStatus = z.infer<typeof PerkStatus>;

/**
 * An order's life: `held` (the price sits in escrow, one unit of stock reserved) → `fulfilled`
 * (paid to the seller) → maybe `refunded`; or `declined` / `cancelled` / `expired` (price back, stock back).
 */
export const PerkOrderStatus = z.enum(['held', 'fulfilled', 'declined', 'cancelled', 'expired', 'refunded']);
export type PerkOrderStatus = z.infer<typeof PerkOrderStatus>;

// eslint-disable-next-line no-control-regex
const noControls = (text: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
const Text = (max: number, min = 1) => z.string().max(max).refine(noControls, 'control_characters').pipe(z.string().trim().min(min));

export const PerkTitle = Text(120);
/** Markdown source, rendered by the server's allowlist renderer. */
export const PerkDescription = z.string().max(10_000).refine(noControls, 'control_characters');
/** An http(s) URL or a path of this site (an uploaded image). */
export const PerkLink = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => /^https?:\/\/[^\s]+$/i.test(url) || /^\/[^/\s][^\s]*$/.test(url), 'invalid_url');

/** Counts of stock and limits: whole, positive, bounded. */
const Count = z.number().int().min(1).max(1_000_000);

const perkFields = {
  title: PerkTitle,
  description: PerkDescription.default(''),
  kind: PerkKind,
  assetId: Id,
  price: Amount,
  /** Units on offer; null for unlimited. */
  stock: Count.nullable().default(null),
  /** Most one member may hold or have received (open and fulfilled orders); null for no limit. */
  perMemberLimit: Count.nullable().default(null),
  startsAt: IsoTime.nullable().default(null),
  endsAt: IsoTime.nullable().default(null),
  imageUrl: PerkLink.nullable().default(null),
  /** The tier a `tier_upgrade` perk grants (required for that kind, refused for others). */
  tierId: Id.nullable().default(null),
};

const windowOk = (p: { startsAt?: string | null; endsAt?: string | null }) =>
  !p.startsAt || !p.endsAt || Date.parse(p.startsAt) < Date.parse(p.endsAt);

export const PerkBody = z
  .strictObject(perkFields)
  .refine(windowOk, { message: 'ends_before_start', path: ['endsAt'] })
  .refine((p) => (p.kind === 'tier_upgrade') === (p.tierId !== null), { message: 'tier_for_tier_upgrade', path: ['tierId'] });
export type PerkBody = z.output<typeof PerkBody>;

/** Changes to a perk; fields not given stay. Price changes apply to later redemptions only. */
export const PerkPatch = z
  .strictObject({
    title: PerkTitle.optional(),
    description: PerkDescription.optional(),
    price: Amount.optional(),
    stock: Count.nullable().optional(),
    perMemberLimit: Count.nullable().optional(),
    startsAt: IsoTime.nullable().optional(),
    endsAt: IsoTime.nullable().optional(),
    imageUrl: PerkLink.nullable().optional(),
    status: PerkStatus.optional(),
  })
  .refine(windowOk, { message: 'ends_before_start', path: ['endsAt'] });
export type PerkPatch = z.output<typeof PerkPatch>;

/** Who sells: the community (`brand`, listed by admins) or a member. */
export const PerkSeller = z.discriminatedUnion('type', [
  z.object({ type: z.literal('brand') }),
  z.object({ type: z.literal('member'), member: AuthorRef }),
]);
export type PerkSeller = z.infer<typeof PerkSeller>;

export const Perk = z.object({
  id: Id,
  title: z.string(),
  /** Markdown source (for editing) and its sanitised rendering. */
  description: z.string(),
  descriptionHtml: z.string(),
  kind: PerkKind,
  asset: AssetView,
  price: z.number().int(),
  stock: z.number().int().nullable(),
  /** Units neither held nor delivered; null when unlimited. */
  stockLeft: z.number().int().nullable(),
  perMemberLimit: z.number().int().nullable(),
  startsAt: IsoTime.nullable(),
  endsAt: IsoTime.nullable(),
  imageUrl: z.string().nullable(),
  tier: z.object({ id: Id, name: z.string() }).nullable(),
  status: PerkStatus,
  seller: PerkSeller,
  /** Orders delivered so far (the seller's record). */
  fulfilledCount: z.number().int(),
  /** Whether the caller may edit it and fulfil its orders. */
  canManage: z.boolean(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Perk = z.infer<typeof Perk>;

/** The caller's view of one perk: how many they hold or received, and why they cannot redeem (null when they can). */
export const PerkDetail = z.object({
  perk: Perk,
  myActiveCount: z.number().int(),
  /** A refusal code (`perk_sold_out`, `perk_not_started`, `perk_self_purchase` …), or null. */
  blockedReason: z.string().nullable(),
});
export type PerkDetail = z.infer<typeof PerkDetail>;

export const PerkListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  kind: PerkKind.optional(),
  assetId: Id.optional(),
  /** `brand`, a member id, or `me` (the perks the caller manages, paused and archived included). */
  seller: z.string().min(1).max(64).optional(),
});
export type PerkListQuery = z.output<typeof PerkListQuery>;

export const PerkPage = z.object({ items: z.array(Perk), nextCursor: z.string().nullable() });

/** `POST /api/perks/:id/redeem`: the price and asset the buyer confirmed (refused if the seller changed them meanwhile). */
export const RedeemBody = z.strictObject({
  assetId: Id,
  price: Amount,
  /** For the seller: a size, an address, a time that suits. */
  note: Text(1000, 0).optional(),
});
export type RedeemBody = z.output<typeof RedeemBody>;

export const PerkOrder = z.object({
  id: Id,
  perk: z.object({ id: Id, title: z.string(), kind: PerkKind, imageUrl: z.string().nullable() }),
  buyer: AuthorRef,
  seller: PerkSeller,
  asset: AssetView,
  price: z.number().int(),
  status: PerkOrderStatus,
  buyerNote: z.string().nullable(),
  /** What the seller delivered: a code, a note, a file or link (visible to buyer and seller only). */
  fulfilment: z.object({ code: z.string().nullable(), note: z.string().nullable(), url: z.string().nullable() }).nullable(),
  declineReason: z.string().nullable(),
  refundReason: z.string().nullable(),
  /** When an open order is released if nobody fulfils it. */
  expiresAt: IsoTime,
  /** Until when a fulfilled order may be refunded. */
  disputeUntil: IsoTime.nullable(),
  /** The caller's possible actions now. */
  canFulfil: z.boolean(),
  canCancel: z.boolean(),
  canRefund: z.boolean(),
  createdAt: IsoTime,
  resolvedAt: IsoTime.nullable(),
});
export type PerkOrder = z.infer<typeof PerkOrder>;

export const PerkOrderListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
  /** `buyer`: my redemptions; `seller`: orders to fulfil (admins: the brand's too). */
  role: z.enum(['buyer', 'seller']).default('buyer'),
  status: PerkOrderStatus.optional(),
});
export type PerkOrderListQuery = z.output<typeof PerkOrderListQuery>;

export const PerkOrderPage = z.object({ items: z.array(PerkOrder), nextCursor: z.string().nullable() });

export const RedeemResult = z.object({
  order: PerkOrder,
  /** The buyer's balance of the asset after it. */
  balance: z.number().int(),
});
export type RedeemResult = z.infer<typeof RedeemResult>;

export const FulfilBody = z
  .strictObject({
    code: Text(500).optional(),
    note: Text(2000).optional(),
    url: PerkLink.optional(),
  })
  .refine((b) => b.code !== undefined || b.note !== undefined || b.url !== undefined, { message: 'fulfilment_required', path: ['note'] });
export type FulfilBody = z.output<typeof FulfilBody>;

export const ReasonBody = z.strictObject({ reason: Text(500) });
export type ReasonBody = z.output<typeof ReasonBody>;

/** The owner's marketplace rules. */
export const PerkSettings = z.object({
  /** Members at or above this tier rank may list their own perks; null: admins only (the brand). */
  sellerMinTierRank: z.number().int().min(0).max(1000).nullable(),
  /** Days an open order waits for the seller before it is released back to the buyer. */
  holdDays: z.number().int().min(1).max(90),
  /** Days after fulfilment during which the seller or an admin may refund. */
  disputeDays: z.number().int().min(0).max(365),
});
export type PerkSettings = z.infer<typeof PerkSettings>;
export const PerkSettingsPatch = PerkSettings.partial().strict();

/** What the caller may do in the marketplace: list perks (as the brand, or as themselves), and in which assets. */
export const PerkSellerInfo = z.object({
  canSell: z.boolean(),
  asBrand: z.boolean(),
  assets: z.array(AssetView),
  tiers: z.array(z.object({ id: Id, name: z.string(), rank: z.number().int() })),
  settings: PerkSettings,
});
export type PerkSellerInfo = z.infer<typeof PerkSellerInfo>;
