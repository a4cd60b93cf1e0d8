import type { AdminMember, Locale, MemberChange, Role } from '@hearth/contracts';
import type { AdminMemberListQuery, AdminUpdateMemberBody, PageQuery } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors/app-error.js';
import { toIso } from '../../platform/clock.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage, olderThan } from '../../platform/pagination.js';
import { countOwners, findAdminMember, listMemberChanges, selectAdminMembers, type AdminMemberRow } from './admin-members.repository.js';
import type { CommunityInfo } from './community-info.js';
import { toAdminMember } from './members.mappers.js';
import { sendDecisionMail } from './members.mails.js';
import { checkMemberChange, type MemberChangeRefusal } from './members.policy.js';
import { findMemberById, findTier, insertMemberChange, updateMemberRow } from './members.repository.js';
import { nameMatches } from './name-search.js';

type ListQuery = z.output<typeof AdminMemberListQuery>;
type UpdateBody = z.output<typeof AdminUpdateMemberBody>;

/** The members console: listing, role and tier changes, and decisions on applications. */
export class AdminMembersService {
  constructor(
    private readonly platform: Platform,
    private readonly community: CommunityInfo,
  ) {}

  /**
   * Members of every status (pending and declined included), newest first, filtered by
   * status, role, tier, source label and any part of the name (繁/简 alike).
   * @throws invalid_input (bad cursor)
   */
  async list(query: ListQuery) {
    const cursor = decodeCursor(query.cursor);
    let select = selectAdminMembers(this.platform.db);
    if (query.status) select = select.where('member.status', '=', query.status);
    if (query.role) select = select.where('member.role', '=', query.role);
    if (query.tierId) select = select.where('member.tierId', '=', query.tierId);
    if (query.source) select = select.where('member.source', '=', query.source);
    const match = nameMatches(query.q);
    if (match) select = select.where(match);
    if (cursor) {
      select = select.where(olderThan(cursor, 'member.createdAt', 'member.id'));
    }
    const rows = await select
      .orderBy('member.createdAt', 'desc')
      .orderBy('member.id', 'desc')
      .limit(query.limit + 1)
      .execute();
    return toPage<AdminMemberRow, AdminMember>(rows, query.limit, (r) => ({ at: r.createdAt, id: r.id }), toAdminMember);
  }

  /** @throws not_found */
  async get(id: string): Promise<AdminMember> {
    const row = await findAdminMember(this.platform.db, id);
    if (!row) throw notFound();
    return toAdminMember(row);
  }

  /**
   * Changes a member's role and/or tier under the rank rules (members.policy), recording
   * each actual change as a `member_change` row in the same transaction. Setting what is
   * already set changes and records nothing.
   * @throws not_found, last_owner (409), own_role / outranked / owner_required (403),
   *   invalid_input (unknown_tier)
   */
  async update(actor: Actor, id: string, body: UpdateBody): Promise<AdminMember> {
    const updated = await withTransaction(this.platform.db, async (tx) => {
      const target = await findAdminMember(tx, id);
      if (!target) throw notFound();
      const owners = target.role === 'owner' ? await countOwners(tx) : 0;
      const refusal = checkMemberChange(
        { id: actor.memberId, role: actor.role },
        { id: target.id, role: target.role as Role },
        body,
        owners,
      );
      if (refusal) throw refusalError(refusal);
      if (body.tierId !== undefined && !(await findTier(tx, body.tierId))) throw invalid('tierId', 'unknown_tier');

      const changes: { field: 'role' | 'tier'; from: string; to: string }[] = [];
      if (body.role !== undefined && body.role !== target.role) changes.push({ field: 'role', from: target.role, to: body.role });
      if (body.tierId !== undefined && body.tierId !== target.tierId) changes.push({ field: 'tier', from: target.tierId, to: body.tierId });
      if (changes.length > 0) {
        const now = this.platform.clock.now();
        await updateMemberRow(tx, id, {
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.tierId !== undefined ? { tierId: body.tierId } : {}),
          updatedAt: now,
        });
        for (const change of changes) {
          await insertMemberChange(tx, {
            id: this.platform.ids.next(),
            memberId: id,
            field: change.field,
            fromValue: change.from,
            toValue: change.to,
            actorId: actor.memberId,
            reason: body.reason ?? null,
            createdAt: now,
          });
          await this.platform.audit.record(tx, {
            actorId: actor.memberId,
            action: `member.${change.field}`,
            targetKind: 'member',
            targetId: id,
            reason: body.reason ?? null,
            before: { [change.field]: change.from },
            after: { [change.field]: change.to },
          });
        }
      }
      return this.reload(tx, id);
    });
    await this.platform.actors.forgetMember(id);
    return updated;
  }

  /**
   * Approves (→ active) or declines (→ declined) a pending application: sets the decision
   * time and reason, records the status change and mails the applicant in their language,
   * all in one transaction.
   * @throws not_found, not_pending (409)
   */
  async decide(
    actor: Actor,
    id: string,
    outcome: 'active' | 'declined',
    reason: string | undefined,
    baseUrl: string,
  ): Promise<AdminMember> {
    // Read before the transaction: on SQLite the transaction holds the only connection.
    const community = await this.community.name();
    const decided = await withTransaction(this.platform.db, async (tx) => {
      const target = await findAdminMember(tx, id);
      if (!target) throw notFound();
      if (target.status !== 'pending') throw conflict('not_pending');
      const now = this.platform.clock.now();
      await updateMemberRow(tx, id, { status: outcome, decidedAt: now, decisionReason: reason ?? null, updatedAt: now });
      await insertMemberChange(tx, {
        id: this.platform.ids.next(),
        memberId: id,
        field: 'status',
        fromValue: 'pending',
        toValue: outcome,
        actorId: actor.memberId,
        reason: reason ?? null,
        createdAt: now,
      });
      await this.platform.audit.record(tx, {
        actorId: actor.memberId,
        action: outcome === 'active' ? 'member.approve' : 'member.decline',
        targetKind: 'member',
        targetId: id,
        reason: reason ?? null,
        before: { status: 'pending' },
        after: { status: outcome },
      });
      await sendDecisionMail(
        this.platform,
        tx,
        outcome === 'active' ? 'application_approved' : 'application_declined',
        { email: target.email, locale: target.locale as Locale },
        { community, name: target.displayName, link: `${baseUrl}/`, reason: reason ?? null },
      );
      return this.reload(tx, id);
    });
    await this.platform.actors.forgetMember(id);
    return decided;
  }

  /** A member's role, tier and status changes, newest first. @throws not_found */
  async history(id: string, query: z.output<typeof PageQuery>) {
    const cursor = decodeCursor(query.cursor);
    if (!(await findMemberById(this.platform.db, id))) throw notFound();
    const rows = await listMemberChanges(this.platform.db, id, cursor, query.limit);
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r): MemberChange => ({
        id: r.id,
        memberId: r.memberId,
        field: r.field as MemberChange['field'],
        from: r.fromValue,
        to: r.toValue,
        actorId: r.actorId,
        actorName: r.actorName,
        reason: r.reason,
        createdAt: toIso(r.createdAt),
      }),
    );
  }

  private async reload(db: Parameters<typeof findAdminMember>[0], id: string): Promise<AdminMember> {
    const row = await findAdminMember(db, id);
    if (!row) throw notFound();
    return toAdminMember(row);
  }
}

function refusalError(refusal: MemberChangeRefusal): AppError {
  return refusal === 'last_owner' ? conflict('last_owner') : new AppError(refusal, 403);
}
