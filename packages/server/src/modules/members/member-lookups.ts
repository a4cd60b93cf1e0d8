import type { MemberSummary, Role } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { avatarUrl, toMemberSummary } from './members.mappers.js';
import { findActorFacts, listTiers, SUMMARY_COLUMNS } from './members.repository.js';

/**
 * What other modules look up about members (names and avatars, directory cards, standing,
 * who invited whom, the admins): small reads with no rules of their own. MembersService
 * extends it, so callers keep using `members.service`.
 */
export class MemberLookups {
  constructor(protected readonly platform: Platform) {}

  /** Active owners and admins with their language (whom economy flags are raised to). */
  async admins(db: DbOrTx = this.platform.db): Promise<{ id: string; locale: string }[]> {
    return db
      .selectFrom('member')
      .select(['id', 'locale'])
      .where('role', 'in', ['owner', 'admin'])
      .where('status', '=', 'active')
      .orderBy('id')
      .limit(100)
      .execute();
  }

  /**
   * Name and avatar of each listed id, for showing authors and members in other modules'
   * lists. Unknown ids are absent from the map.
   */
  async refs(ids: readonly string[]): Promise<Map<string, { id: string; displayName: string; avatarUrl: string | null }>> {
    const unique = [...new Set(ids)];
    const refs = new Map<string, { id: string; displayName: string; avatarUrl: string | null }>();
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.platform.db
        .selectFrom('member')
        .select(['id', 'displayName', 'avatarKey'])
        .where('id', 'in', unique.slice(i, i + 500))
        .execute();
      for (const row of rows) refs.set(row.id, { id: row.id, displayName: row.displayName, avatarUrl: avatarUrl(row.avatarKey) });
    }
    return refs;
  }

  /**
   * Directory cards of these ids, for other modules' lists of members (followers …). Only
   * listed members (active or muted) are in the map, as in the directory.
   */
  async summaries(ids: readonly string[]): Promise<Map<string, MemberSummary>> {
    const unique = [...new Set(ids)];
    const summaries = new Map<string, MemberSummary>();
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.platform.db
        .selectFrom('member')
        .innerJoin('tier', 'tier.id', 'member.tierId')
        .select([...SUMMARY_COLUMNS, 'tier.name as tierName', 'tier.rank as tierRank'])
        .where('member.id', 'in', unique.slice(i, i + 500))
        .where('member.listed', '=', 1)
        .execute();
      for (const row of rows) summaries.set(row.id, toMemberSummary(row));
    }
    return summaries;
  }

  /** Which of these ids are members who can take part (active or muted). */
  async existingMemberIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.platform.db
      .selectFrom('member')
      .select('id')
      .where('id', 'in', [...new Set(ids)])
      .where('status', 'in', ['active', 'muted'])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** A member's role and when they joined (admitted, or signed up), for spam detection; null when unknown. */
  async standingOf(id: string): Promise<{ role: Role; joinedAt: number } | null> {
    const row = await this.platform.db
      .selectFrom('member')
      .select(['role', 'createdAt', 'decidedAt'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { role: row.role as Role, joinedAt: Number(row.decidedAt ?? row.createdAt) } : null;
  }

  /** An active member's name and bio as one text (what a report of their profile shows); null when there is none. */
  async profileForReport(id: string): Promise<string | null> {
    const row = await this.platform.db
      .selectFrom('member')
      .select(['displayName', 'bio'])
      .where('id', '=', id)
      .where('status', 'in', ['active', 'muted'])
      .executeTakeFirst();
    return row ? `${row.displayName}\n${row.bio}`.trim().slice(0, 300) : null;
  }

  /** The caller's role, status, tier and language (see findActorFacts). */
  async actorFacts(id: string) {
    return findActorFacts.executeTakeFirst(this.platform.db, { id });
  }

  /** Who invited the member (the invite's creator), or null when they joined without one. */
  async inviterOf(memberId: string): Promise<string | null> {
    const row = await this.platform.db
      .selectFrom('member')
      .innerJoin('invite', 'invite.id', 'member.inviteId')
      .select('invite.createdBy')
      .where('member.id', '=', memberId)
      .executeTakeFirst();
    return row?.createdBy ?? null;
  }

  async tierRefs() {
    const tiers = await listTiers(this.platform.db);
    return tiers.map((t) => ({ id: t.id, name: t.name, rank: t.rank }));
  }
}
