import type { Perk, PerkBody, PerkDetail, PerkListQuery, PerkPatch, PerkSellerInfo } from '@hearth/contracts';
import { withTransaction, type Tx } from '../../db/database.js';
import { AppError, invalid, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { renderMarkdown } from '../../platform/text/markdown.js';
import type { PerkOrders } from './perk-orders.service.js';
import type { PerkSettingsStore } from './perk-settings.js';
import type { PerkViews } from './perk-views.js';
import type { PerksDeps } from './perks.deps.js';
import { canManagePerk, sellingRightsOf } from './perks.policy.js';
import { countActiveOrders, findPerk, insertPerk, listPerks, setStock, updatePerkRow, type PerkRow } from './perks.repository.js';

export const perkNotFound = () => new AppError('perk_not_found', 404);
const toMs = (iso: string | null | undefined) => (iso == null ? null : Date.parse(iso));

/** Listing perks: create, edit, pause, archive, browse, and one perk's page. */
export class PerkListing {
  constructor(
    private readonly deps: PerksDeps,
    private readonly settings: PerkSettingsStore,
    private readonly views: PerkViews,
    private readonly orders: PerkOrders,
  ) {}

  /** Whether the caller may list perks, and the assets and tiers a listing can use. */
  async sellerInfo(actor: Actor): Promise<PerkSellerInfo> {
    const { ledger, members, platform } = this.deps;
    const settings = await this.settings.get();
    const assets = await ledger.stats.allAssets(platform.db);
    const views = await this.views.assets(assets.filter((a) => !a.frozen).map((a) => a.id));
    const tiers = await members.tierRefs();
    return { ...sellingRightsOf(actor, settings), assets: [...views.values()], tiers, settings };
  }

  /**
   * Lists a perk: admins for the brand, members who meet the owner's tier minimum for
   * themselves. The description is Markdown, rendered by the allowlist renderer; title and
   * description pass the word filter. Tier upgrades are the brand's alone.
   * @throws perk_seller_not_eligible (403), perk_tier_brand_only (403), unknown_asset (404),
   *   invalid_input (tierId: unknown_tier), content_refused / content_held_for_review (422)
   */
  async create(actor: Actor, body: PerkBody): Promise<Perk> {
    const { ledger, members, platform } = this.deps;
    const rights = sellingRightsOf(actor, await this.settings.get());
    if (!rights.canSell) throw new AppError('perk_seller_not_eligible', 403);
    // A mute or ban in force refuses listing, as every other write (member_muted).
    await platform.restrictions.assertMayWrite(actor.memberId);
    if (body.kind === 'tier_upgrade' && !rights.asBrand) throw new AppError('perk_tier_brand_only', 403);
    await ledger.getAsset(platform.db, body.assetId);
    if (body.tierId && !(await members.tierRefs()).some((t) => t.id === body.tierId)) throw invalid('tierId', 'unknown_tier');
    const texts = await this.screen(body.title, body.description);
    const now = platform.clock.now();
    const row: PerkRow = {
      id: platform.ids.next(),
      sellerKind: rights.asBrand ? 'brand' : 'member',
      sellerId: rights.asBrand ? null : actor.memberId,
      createdBy: actor.memberId,
      title: texts.title ?? body.title,
      description: texts.description ?? body.description,
      descriptionHtml: renderMarkdown(texts.description ?? body.description).html,
      kind: body.kind,
      assetId: body.assetId,
      price: body.price,
      stockTotal: body.stock,
      stockLeft: body.stock,
      perMemberLimit: body.perMemberLimit,
      startsAt: toMs(body.startsAt),
      endsAt: toMs(body.endsAt),
      imageUrl: body.imageUrl,
      tierId: body.tierId,
      status: 'active',
      fulfilledCount: 0,
      createdAt: now,
      updatedAt: now,
    };
    await insertPerk(platform.db, row);
    return (await this.views.perks(actor, [row]))[0]!;
  }

  /**
   * Edits a perk, pauses or resumes it, or archives it for good. A new price applies to
   * later redemptions; open orders keep theirs. Stock cannot go below the units held or
   * delivered. An archived perk no longer changes.
   * An admin changing a member's perk is recorded in the audit log.
   * @throws perk_not_found (404), perk_not_yours (403), member_muted (403), perk_archived (409),
   *   perk_stock_below_held (422), invalid_input (endsAt: ends_before_start),
   *   content_refused / content_held_for_review (422)
   */
  async update(actor: Actor, id: string, patch: PerkPatch): Promise<Perk> {
    const { platform } = this.deps;
    const current = await findPerk(platform.db, id);
    if (!current || !this.visibleTo(actor, current)) throw perkNotFound();
    if (!canManagePerk(actor, current)) throw new AppError('perk_not_yours', 403);
    await platform.restrictions.assertMayWrite(actor.memberId);
    if (current.status === 'archived') throw new AppError('perk_archived', 409);
    const startsAt = patch.startsAt !== undefined ? toMs(patch.startsAt) : current.startsAt;
    const endsAt = patch.endsAt !== undefined ? toMs(patch.endsAt) : current.endsAt;
    if (startsAt !== null && endsAt !== null && startsAt >= endsAt) throw invalid('endsAt', 'ends_before_start');
    const texts: { title?: string | undefined; description?: string | undefined } =
      patch.title !== undefined || patch.description !== undefined ? await this.screen(patch.title, patch.description) : {};
    const now = platform.clock.now();
    await withTransaction(platform.db, async (tx) => {
      if (patch.stock !== undefined && !(await setStock(tx, id, patch.stock, now))) {
        const used = (current.stockTotal ?? 0) - (current.stockLeft ?? 0);
        throw refused('perk_stock_below_held', { used });
      }
      await updatePerkRow(tx, id, {
        ...(texts.title !== undefined ? { title: texts.title } : {}),
        ...(texts.description !== undefined
          ? { description: texts.description, descriptionHtml: renderMarkdown(texts.description).html }
          : {}),
        ...(patch.price !== undefined ? { price: patch.price } : {}),
        ...(patch.perMemberLimit !== undefined ? { perMemberLimit: patch.perMemberLimit } : {}),
        ...(patch.startsAt !== undefined ? { startsAt } : {}),
        ...(patch.endsAt !== undefined ? { endsAt } : {}),
        ...(patch.imageUrl !== undefined ? { imageUrl: patch.imageUrl } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        updatedAt: now,
      });
      if (current.sellerKind === 'member' && current.sellerId !== actor.memberId) await this.audit(tx, actor, current, patch);
    });
    return (await this.views.perks(actor, [(await findPerk(platform.db, id))!]))[0]!;
  }

  /**
   * Browsing: active perks whose window has not ended, newest first, without those of
   * sellers blocked either way. `seller=me` is the caller's shop instead: every perk they
   * manage (the brand's too, for admins), in any status.
   * @throws invalid_input (query.cursor)
   */
  async list(actor: Actor, query: PerkListQuery) {
    const { people, platform } = this.deps;
    const hidden = await people.hiddenAuthorIds(actor.memberId);
    const mine = query.seller === 'me';
    const rows = await listPerks(
      platform.db,
      {
        kind: query.kind,
        assetId: query.assetId,
        seller: mine || !query.seller ? undefined : query.seller === 'brand' ? { type: 'brand' } : { type: 'member', id: query.seller },
        managedBy: mine ? { memberId: actor.memberId, includeBrand: actor.role === 'admin' || actor.role === 'owner' } : undefined,
        hiddenSellerIds: [...hidden],
        now: platform.clock.now(),
      },
      decodeCursor(query.cursor),
      query.limit,
    );
    const page = toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => r,
    );
    return { items: await this.views.perks(actor, page.items), nextCursor: page.nextCursor };
  }

  /**
   * One perk for its page: paused and archived ones only for those who manage them, none of
   * a seller blocked either way. Says why the caller could not redeem it now, if so.
   * @throws perk_not_found (404)
   */
  async get(actor: Actor, id: string): Promise<PerkDetail> {
    const { platform } = this.deps;
    const row = await findPerk(platform.db, id);
    if (!row || !this.visibleTo(actor, row)) throw perkNotFound();
    if (row.sellerId && (await this.deps.people.hiddenAuthorIds(actor.memberId)).has(row.sellerId)) throw perkNotFound();
    const [perk] = await this.views.perks(actor, [row]);
    const myActiveCount = await countActiveOrders(platform.db, id, actor.memberId);
    return { perk: perk!, myActiveCount, blockedReason: await this.orders.whyNot(actor, row, myActiveCount) };
  }

  /** Staff changing a member's perk (pausing, archiving, editing it): what changed, before and after. */
  private async audit(tx: Tx, actor: Actor, current: PerkRow, patch: PerkPatch) {
    const fields = (Object.keys(patch) as (keyof PerkPatch)[]).filter((f) => patch[f] !== undefined);
    const was: Record<keyof PerkPatch, unknown> = {
      title: current.title,
      price: Number(current.price),
      stock: current.stockTotal,
      perMemberLimit: current.perMemberLimit,
      startsAt: current.startsAt === null ? null : new Date(current.startsAt).toISOString(),
      endsAt: current.endsAt === null ? null : new Date(current.endsAt).toISOString(),
      imageUrl: current.imageUrl,
      status: current.status,
      // Descriptions can be long: the log says that it changed, not what it said.
      description: '…',
    };
    await this.deps.platform.audit.record(tx, {
      actorId: actor.memberId,
      action: patch.status === 'archived' ? 'perk.archive' : patch.status === 'paused' ? 'perk.pause' : 'perk.update',
      targetKind: 'perk',
      targetId: current.id,
      before: Object.fromEntries(fields.map((f) => [f, was[f]])),
      after: Object.fromEntries(fields.map((f) => [f, f === 'description' ? '…' : patch[f]])),
    });
  }

  private visibleTo(actor: Actor, perk: PerkRow): boolean {
    return perk.status === 'active' || canManagePerk(actor, perk);
  }

  private async screen(title: string | undefined, description: string | undefined) {
    const { texts } = await this.deps.screen.screen({ title, description }, { canHold: false, markdown: ['description'] });
    return texts;
  }
}
