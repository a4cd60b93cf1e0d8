import type { Badge, BadgeHolders, BadgeRule, CreateBadgeBody, HeldBadge, HeldBadgeList, Locale, UpdateBadgeBody } from '@hearth/contracts';
import { withTransaction, type DbOrTx } from '../../../db/database.js';
import { toIso } from '../../../platform/clock.js';
import { AppError, conflict, invalid, notFound, refused } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../../platform/pagination.js';
import type { EconomyDeps } from '../economy.deps.js';
import { badgeWords, catalogueOrder, toBadge } from './badge-views.js';
import { BadgeAwarded } from './badges.events.js';
import {
  ensureBuiltInBadges,
  findBadgeRow,
  heldBadgesOf,
  holderCounts,
  holdersPage,
  insertMemberBadgeOnce,
  listBadgeRows,
  restoreMemberBadge,
  revokeMemberBadge,
  type BadgeRow,
} from './badges.repository.js';

/**
 * The badge catalogue (徽章): built-in rule badges the owner may rename or switch off, and
 * manual badges staff create and give. A member holds a badge at most once (one row per
 * member and badge); awards tell the member (BadgeAwarded), staff actions are audited.
 * A disabled badge is neither awarded nor shown; its holders keep it for when it returns.
 */
export class BadgesService {
  private isSeeded = false;

  constructor(private readonly deps: EconomyDeps) {}

  /** The catalogue: enabled badges for members, all of them for staff. */
  async list(locale: Locale, includeDisabled = false): Promise<Badge[]> {
    const db = this.deps.platform.db;
    await this.seed();
    const rows = (await listBadgeRows(db, !includeDisabled)).sort(catalogueOrder);
    const counts = await holderCounts(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => toBadge(r, locale, counts.get(r.id) ?? 0));
  }

  /** One enabled badge and a page of its holders (members hidden from the viewer by blocks left out). @throws not_found */
  async holders(actor: Actor, id: string, page: { limit: number; cursor?: string | undefined }): Promise<BadgeHolders> {
    const row = await this.enabledBadge(id);
    const db = this.deps.platform.db;
    const rows = await holdersPage(db, id, decodeCursor(page.cursor), page.limit);
    const [refs, hidden, counts] = await Promise.all([
      this.deps.members.refs(rows.map((r) => r.memberId)),
      this.deps.people.hiddenAuthorIds(actor.memberId),
      holderCounts(db, [id]),
    ]);
    const paged = toPage(
      rows,
      page.limit,
      (r) => ({ at: r.awardedAt, id: r.memberId }),
      (r) => r,
    );
    const items = paged.items
      .filter((r) => refs.has(r.memberId) && !hidden.has(r.memberId))
      .map((r) => ({ member: refs.get(r.memberId)!, awardedAt: toIso(r.awardedAt) }));
    return { badge: toBadge(row, actor.locale, counts.get(id) ?? 0), items, nextCursor: paged.nextCursor };
  }

  /** A member's badges (enabled kinds), newest first. */
  async memberBadges(locale: Locale, memberId: string): Promise<HeldBadgeList> {
    await this.seed();
    const db = this.deps.platform.db;
    const rows = await heldBadgesOf(db, memberId);
    const counts = await holderCounts(
      db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) => ({
        badge: toBadge(r, locale, counts.get(r.id) ?? 0),
        awardedAt: toIso(r.awardedAt),
        isManual: r.rule === null,
      })),
    };
  }

  /** Creates a manual badge. */
  async create(actor: Actor, body: Required<CreateBadgeBody>): Promise<Badge> {
    const { platform } = this.deps;
    const now = platform.clock.now();
    const row: BadgeRow = {
      id: platform.ids.next(),
      rule: null,
      name: body.name,
      description: body.description,
      icon: body.icon,
      tier: body.tier,
      isEnabled: 1,
      createdBy: actor.memberId,
      createdAt: now,
      updatedAt: now,
    };
    await withTransaction(platform.db, async (tx) => {
      await tx.insertInto('badge').values(row).execute();
      const after = { name: row.name, icon: row.icon, tier: row.tier };
      await platform.audit.record(tx, { actorId: actor.memberId, action: 'badge.create', targetKind: 'badge', targetId: row.id, after });
    });
    return toBadge(row, actor.locale, 0);
  }

  /**
   * Renames, recolours, enables or disables a badge. A manual badge needs a name (null is
   * only for giving a rule badge its built-in name back).
   * @throws not_found, invalid_input (name: too_small)
   */
  async update(actor: Actor, id: string, body: UpdateBadgeBody): Promise<Badge> {
    const { platform } = this.deps;
    await this.seed();
    const updated = await withTransaction(platform.db, async (tx) => {
      const row = await findBadgeRow(tx, id);
      if (!row) throw notFound();
      if (row.rule === null && body.name === null) throw invalid('name', 'too_small');
      const change: Partial<BadgeRow> = {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.description !== undefined ? { description: row.rule === null ? (body.description ?? '') : body.description } : {}),
        ...(body.icon !== undefined ? { icon: body.icon } : {}),
        ...(body.tier !== undefined ? { tier: body.tier } : {}),
        ...(body.isEnabled !== undefined ? { isEnabled: body.isEnabled ? 1 : 0 } : {}),
      };
      const next = { ...row, ...change, updatedAt: platform.clock.now() };
      await tx
        .updateTable('badge')
        .set({ ...change, updatedAt: next.updatedAt })
        .where('id', '=', id)
        .execute();
      const before = Object.fromEntries(Object.keys(change).map((k) => [k, row[k as keyof BadgeRow]]));
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'badge.update',
        targetKind: 'badge',
        targetId: id,
        before,
        after: change,
      });
      return next;
    });
    const counts = await holderCounts(platform.db, [id]);
    return toBadge(updated, actor.locale, counts.get(id) ?? 0);
  }

  /**
   * Gives a manual badge to a member with a reason (audited, the member is told).
   * @throws not_found, badge_not_manual, badge_disabled (422), badge_already_held (409), invalid_input (memberId: unknown_member)
   */
  async award(actor: Actor, id: string, memberId: string, reason: string): Promise<HeldBadge> {
    const { platform, members } = this.deps;
    await this.seed();
    const row = await findBadgeRow(platform.db, id);
    if (!row) throw notFound();
    if (row.rule !== null) throw refused('badge_not_manual');
    if (row.isEnabled !== 1) throw refused('badge_disabled');
    const member = await members.findById(platform.db, memberId);
    if (!member || !['active', 'muted'].includes(member.status)) throw invalid('memberId', 'unknown_member');
    const now = platform.clock.now();
    await withTransaction(platform.db, async (tx) => {
      const award = { badgeId: id, memberId, awardedAt: now, awardedBy: actor.memberId, reason, revokedAt: null };
      if (!(await insertMemberBadgeOnce(tx, award)) && !(await restoreMemberBadge(tx, award))) throw conflict('badge_already_held');
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'badge.award',
        targetKind: 'member',
        targetId: memberId,
        reason,
        after: { badgeId: id },
      });
      await this.announce(tx, row, memberId, member.locale as Locale, actor.memberId, now);
    });
    const counts = await holderCounts(platform.db, [id]);
    return { badge: toBadge(row, actor.locale, counts.get(id) ?? 0), awardedAt: toIso(now), isManual: true };
  }

  /**
   * Takes a badge (manual or rule) back, with a reason (audited). Its row stays, so the
   * rules do not award it again; staff may give a manual one back later.
   * @throws not_found, badge_not_held (409)
   */
  async revoke(actor: Actor, id: string, memberId: string, reason: string): Promise<void> {
    const { platform } = this.deps;
    await this.seed();
    if (!(await findBadgeRow(platform.db, id))) throw notFound();
    await withTransaction(platform.db, async (tx) => {
      if (!(await revokeMemberBadge(tx, id, memberId, platform.clock.now()))) throw conflict('badge_not_held');
      await platform.audit.record(tx, {
        actorId: actor.memberId,
        action: 'badge.revoke',
        targetKind: 'member',
        targetId: memberId,
        reason,
        before: { badgeId: id },
      });
    });
  }

  /**
   * Awards a rule's badge once, when it is enabled and the member can take part; a member
   * who ever held it (revoked included) is skipped. True when this call awarded it.
   */
  async awardRule(rule: BadgeRule, memberId: string): Promise<boolean> {
    const { platform, members } = this.deps;
    await this.seed();
    const row = await findBadgeRow(platform.db, rule);
    if (!row || row.isEnabled !== 1) return false;
    const member = await members.findById(platform.db, memberId);
    if (!member || member.status !== 'active') return false;
    return withTransaction(platform.db, async (tx) => {
      const now = platform.clock.now();
      const award = { badgeId: row.id, memberId, awardedAt: now, awardedBy: null, reason: null, revokedAt: null };
      if (!(await insertMemberBadgeOnce(tx, award))) return false;
      await this.announce(tx, row, memberId, member.locale as Locale, null, now);
      return true;
    });
  }

  private async announce(tx: DbOrTx, row: BadgeRow, memberId: string, locale: Locale, awardedBy: string | null, at: number) {
    const { name } = badgeWords(row, locale);
    await this.deps.platform.events.emit(tx, BadgeAwarded, { memberId, badgeId: row.id, badgeName: name, icon: row.icon, awardedBy, at });
  }

  private async enabledBadge(id: string): Promise<BadgeRow> {
    await this.seed();
    const row = await findBadgeRow(this.deps.platform.db, id);
    if (!row || row.isEnabled !== 1) throw new AppError('not_found', 404);
    return row;
  }

  /**
   * Built-in rows exist before anything reads or awards: the app calls this at start (so a
   * read never writes); the calls before each use are no-ops then. The insert is idempotent.
   */
  async seed(): Promise<void> {
    if (this.isSeeded) return;
    await ensureBuiltInBadges(this.deps.platform.db, this.deps.platform.clock.now());
    this.isSeeded = true;
  }
}
