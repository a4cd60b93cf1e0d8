import type { ContentScreen } from '../moderation/index.js';
import type { Application, Locale, Me, MemberProfile, MemberSummary, Role, UpdateProfileBody } from '@hearth/contracts';
import type { MemberListQuery } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx } from '../../db/database.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import { foldText } from '../../platform/text/fold.js';
import { DirectoryCache } from './directory-cache.js';
import { searchListedMembers } from './member-search.js';
import { isProfileComplete, ProfileUpdated } from './members.events.js';
import { avatarUrl, toMe, toMemberProfile, toMemberSummary } from './members.mappers.js';
import {
  findDefaultTier,
  findMemberByEmail,
  findMemberById,
  insertMember,
  insertMemberChange,
  listTiers,
  updateMemberRow,
  findActorFacts,
  SUMMARY_COLUMNS,
  type MemberSummaryRow,
  type MemberWithTier,
} from './members.repository.js';
import { DEFAULT_TIERS } from './tiers.defaults.js';

export interface NewMember {
  email: string;
  displayName: string;
  role: Role;
  status: 'pending' | 'active';
  locale: Locale;
  timeZone: string;
  source?: string | null;
  inviteId?: string | null;
  answers?: { question: string; answer: string }[];
  emailVerified?: boolean;
}

/** Which members a viewer must not find in the directory (bound to people's blocks). */
export interface DirectoryVisibility {
  hiddenFrom(viewerId: string): Promise<ReadonlySet<string>>;
}

/** Members: accounts' public side, profiles and the directory. */
export class MembersService {
  private readonly directory = new DirectoryCache<MemberSummaryRow>();
  /** Summaries of cached rows are made once per row (cached rows are shared, never changed). */
  private readonly summaryMemo = new WeakMap<MemberSummaryRow, MemberSummary>();
  private readonly summaryOf = (row: MemberSummaryRow): MemberSummary => {
    let summary = this.summaryMemo.get(row);
    if (!summary) this.summaryMemo.set(row, (summary = toMemberSummary(row)));
    return summary;
  };

  constructor(
    private readonly platform: Platform,
    private readonly visibility: DirectoryVisibility,
    private readonly screen: ContentScreen,
  ) {}

  /** Creates Free / Member / VIP in the community's language (setup only). */
  async createDefaultTiers(tx: DbOrTx, locale: Locale): Promise<void> {
    const now = this.platform.clock.now();
    const tiers = DEFAULT_TIERS[locale].map((tier, rank) => ({
      id: this.platform.ids.next(),
      name: tier.name,
      description: tier.description,
      perks: JSON.stringify(tier.perks),
      rank,
      isDefault: rank === 0 ? 1 : 0,
      createdAt: now,
    }));
    await tx.insertInto('tier').values(tiers).execute();
  }

  /**
   * Creates a member in the default tier. The caller guarantees the email is free (inside
   * the same transaction); a race loses on the unique index instead.
   */
  async createMember(tx: DbOrTx, input: NewMember): Promise<MemberWithTier> {
    const now = this.platform.clock.now();
    const tier = await findDefaultTier(tx);
    const id = this.platform.ids.next();
    await insertMember(tx, {
      id,
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      nameFolded: foldText(input.displayName),
      role: input.role,
      tierId: tier.id,
      status: input.status,
      bio: '',
      location: '',
      links: '[]',
      interests: '[]',
      locale: input.locale,
      timeZone: input.timeZone,
      avatarKey: null,
      source: input.source ?? null,
      inviteId: input.inviteId ?? null,
      answers: JSON.stringify(input.answers ?? []),
      emailVerifiedAt: input.emailVerified ? now : null,
      onboarding: '[]',
      decidedAt: input.status === 'active' ? now : null,
      decisionReason: null,
      createdAt: now,
      updatedAt: now,
      lastSeenAt: now,
    });
    const row = await findMemberById(tx, id);
    if (!row) throw new Error('member vanished after insert');
    return row;
  }

  /** Replaces the community's topics (the interests members pick from). */
  async replaceTopics(tx: DbOrTx, topics: { slug: string; name: string }[]): Promise<void> {
    await tx.deleteFrom('topic').execute();
    if (topics.length > 0)
      await tx
        .insertInto('topic')
        .values(topics.map((t, position) => ({ ...t, position })))
        .execute();
  }

  /**
   * Sets profile fields, tier and join time of an imported member (demo data, migrations
   * from other platforms), bypassing onboarding.
   */
  async importProfile(
    tx: DbOrTx,
    memberId: string,
    profile: { bio: string; location: string; interests: string[]; tierRank: number; joinedAt: number },
  ): Promise<void> {
    const tier = await tx.selectFrom('tier').select('id').where('rank', '=', profile.tierRank).executeTakeFirst();
    await updateMemberRow(tx, memberId, {
      bio: profile.bio,
      location: profile.location,
      interests: JSON.stringify(profile.interests),
      ...(tier ? { tierId: tier.id } : {}),
      onboarding: JSON.stringify(['welcome', 'interests', 'profile', 'introduce']),
      createdAt: profile.joinedAt,
      decidedAt: profile.joinedAt,
    });
  }

  async findByEmail(db: DbOrTx, email: string): Promise<MemberWithTier | undefined> {
    return findMemberByEmail(db, email);
  }

  async findById(db: DbOrTx, id: string): Promise<MemberWithTier | undefined> {
    return findMemberById(db, id);
  }

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
   * Records a change made to a member by someone else in their admin history (the trail
   * role, tier and status changes use), inside the caller's transaction: for points grants
   * and deductions, `from`/`to` are the balances before and after.
   */
  async recordChange(
    tx: DbOrTx,
    change: { memberId: string; field: 'points'; from: string | null; to: string; actorId: string; reason: string },
  ): Promise<void> {
    await insertMemberChange(tx, {
      id: this.platform.ids.next(),
      memberId: change.memberId,
      field: change.field,
      fromValue: change.from,
      toValue: change.to,
      actorId: change.actorId,
      reason: change.reason,
      createdAt: this.platform.clock.now(),
    });
  }

  /**
   * Bans a member or lifts their ban (moderation's penalties), recording the status change in
   * their admin history, in the caller's transaction. The caller forgets the actor after commit.
   */
  async setBanned(tx: DbOrTx, memberId: string, banned: boolean, actorId: string | null, reason: string): Promise<boolean> {
    const from = banned ? 'active' : 'banned';
    const to = banned ? 'banned' : 'active';
    const result = await tx
      .updateTable('member')
      .set({ status: to, updatedAt: this.platform.clock.now() })
      .where('id', '=', memberId)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await insertMemberChange(tx, {
      id: this.platform.ids.next(),
      memberId,
      field: 'status',
      fromValue: from,
      toValue: to,
      actorId,
      reason,
      createdAt: this.platform.clock.now(),
    });
    return true;
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

  /** @throws not_found */
  async getMe(memberId: string): Promise<Me> {
    const row = await findMemberById(this.platform.db, memberId);
    if (!row) throw notFound();
    return toMe(row);
  }

  async setEmail(tx: DbOrTx, memberId: string, email: string): Promise<void> {
    await updateMemberRow(tx, memberId, {
      email: email.toLowerCase(),
      emailVerifiedAt: this.platform.clock.now(),
      updatedAt: this.platform.clock.now(),
    });
  }

  async markEmailVerified(tx: DbOrTx, memberId: string): Promise<void> {
    await tx
      .updateTable('member')
      .set({ emailVerifiedAt: this.platform.clock.now() })
      .where('id', '=', memberId)
      .where('emailVerifiedAt', 'is', null)
      .execute();
  }

  async touchLastSeen(memberId: string): Promise<void> {
    await this.platform.db.updateTable('member').set({ lastSeenAt: this.platform.clock.now() }).where('id', '=', memberId).execute();
  }

  /**
   * The profile's texts through the word filter: block and review words refuse it (a profile
   * cannot wait for a moderator), mask words become ***. Staff are screened like everyone.
   * @throws content_refused, content_held_for_review (422)
   */
  private async screenProfile(authorId: string, patch: UpdateProfileBody): Promise<UpdateProfileBody> {
    const labels: Record<string, string | undefined> = Object.fromEntries(
      (patch.links ?? []).map((link, i) => [`links.${i}.label`, link.label]),
    );
    const { texts } = await this.screen.screen<Record<string, string | undefined>>(
      { displayName: patch.displayName, bio: patch.bio, location: patch.location, ...labels },
      { canHold: false, authorId },
    );
    return {
      ...patch,
      ...(texts.displayName !== undefined ? { displayName: texts.displayName } : {}),
      ...(texts.bio !== undefined ? { bio: texts.bio } : {}),
      ...(texts.location !== undefined ? { location: texts.location } : {}),
      ...(patch.links ? { links: patch.links.map((link, i) => ({ ...link, label: texts[`links.${i}.label`] ?? link.label })) } : {}),
    };
  }

  /**
   * Edits the caller's own profile. Interests must be topics of the community.
   * @throws invalid_input (unknown_interest)
   */
  async updateProfile(actor: Actor, input: UpdateProfileBody): Promise<Me> {
    // A muted member keeps their settings but cannot change what others read of them.
    if (input.displayName !== undefined || input.bio !== undefined || input.location !== undefined || input.links !== undefined)
      await this.platform.restrictions.assertMayWrite(actor.memberId);
    const patch = await this.screenProfile(actor.memberId, input);
    const me = await withTransaction(this.platform.db, async (tx) => {
      if (patch.interests) {
        const topics = await tx.selectFrom('topic').select('slug').execute();
        const known = new Set(topics.map((t) => t.slug));
        const unknown = patch.interests.findIndex((slug) => !known.has(slug));
        if (unknown >= 0) throw new AppError('invalid_input', 400, {}, [{ path: `interests.${unknown}`, code: 'unknown_interest' }]);
      }
      const now = this.platform.clock.now();
      await updateMemberRow(tx, actor.memberId, {
        ...(patch.displayName !== undefined ? { displayName: patch.displayName, nameFolded: foldText(patch.displayName) } : {}),
        ...(patch.bio !== undefined ? { bio: patch.bio } : {}),
        ...(patch.location !== undefined ? { location: patch.location } : {}),
        ...(patch.links !== undefined ? { links: JSON.stringify(patch.links) } : {}),
        ...(patch.interests !== undefined ? { interests: JSON.stringify([...new Set(patch.interests)]) } : {}),
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.timeZone !== undefined ? { timeZone: patch.timeZone } : {}),
        updatedAt: now,
      });
      const row = await findMemberById(tx, actor.memberId);
      if (!row) throw notFound();
      await this.platform.events.emit(tx, ProfileUpdated, { memberId: row.id, isComplete: isProfileComplete(row), at: now });
      return toMe(row);
    });
    // The actor carries the member's language (for mails and errors).
    if (patch.locale !== undefined) await this.platform.actors.forgetMember(actor.memberId);
    return me;
  }

  /**
   * The directory of listed members, newest first; `q` matches any part of the name,
   * Traditional and Simplified alike (see member-search.ts). Members blocked either way with
   * the viewer are left out (so @mention suggestions never offer them). A member blocks
   * few others, so the search reads that many extra rows and drops them: the page stays full
   * and its cursor exact.
   */
  async listDirectory(viewerId: string, query: z.output<typeof MemberListQuery>) {
    const hidden = await this.visibility.hiddenFrom(viewerId);
    const q = query.q ?? '';
    const limit = query.limit + hidden.size;
    const rows = await this.directory.rows(this.platform.db, `${limit}\u0000${query.cursor ?? ''}\u0000${q}`, () =>
      searchListedMembers(this.platform.db, { q, cursor: decodeCursor(query.cursor), limit }),
    );
    const visible = hidden.size === 0 ? [...rows] : rows.filter((r) => !hidden.has(r.id));
    return toPage<MemberSummaryRow, MemberSummary>(visible, query.limit, (r) => ({ at: r.createdAt, id: r.id }), this.summaryOf);
  }

  /** A member's profile as other members see it. @throws not_found for pending, declined or unknown */
  async getProfile(id: string): Promise<MemberProfile> {
    const row = await findMemberById(this.platform.db, id);
    if (!row || row.status === 'pending' || row.status === 'declined') throw notFound();
    return toMemberProfile(row);
  }

  /**
   * Moves a member to a tier because they earned it elsewhere (a perk that grants it),
   * inside the caller's transaction, recording the change in their admin history as a
   * `tier` change by `actorId` with the reason. The caller must forget the member's cached
   * actor after the transaction commits (platform.actors.forgetMember).
   * @throws not_found (no such member or tier)
   */
  async grantTier(tx: DbOrTx, change: { memberId: string; tierId: string; actorId: string | null; reason: string }): Promise<void> {
    const member = await findMemberById(tx, change.memberId);
    const tiers = await listTiers(tx);
    if (!member || !tiers.some((t) => t.id === change.tierId)) throw notFound();
    if (member.tierId === change.tierId) return;
    const now = this.platform.clock.now();
    await updateMemberRow(tx, change.memberId, { tierId: change.tierId, updatedAt: now });
    await insertMemberChange(tx, {
      id: this.platform.ids.next(),
      memberId: change.memberId,
      field: 'tier',
      fromValue: member.tierId,
      toValue: change.tierId,
      actorId: change.actorId,
      reason: change.reason,
      createdAt: now,
    });
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

  /**
   * The member's own membership application: its status, the answers given when joining,
   * and the decision (when, and why). Members admitted without applying show as active.
   * @throws not_found
   */
  async getApplication(memberId: string): Promise<Application> {
    const row = await findMemberById(this.platform.db, memberId);
    if (!row) throw notFound();
    const answers: unknown = JSON.parse(row.answers);
    const isAnswer = (a: unknown): a is { question: string; answer: string } =>
      typeof a === 'object' &&
      a !== null &&
      typeof (a as { question?: unknown }).question === 'string' &&
      typeof (a as { answer?: unknown }).answer === 'string';
    // A corrupt row fails loudly instead of leaking junk (JSON columns are validated on read).
    if (!Array.isArray(answers) || !answers.every(isAnswer)) throw new Error(`member ${memberId} has malformed application answers`);
    return {
      status: row.status === 'pending' || row.status === 'declined' ? row.status : 'active',
      answers: answers.map((a) => ({ question: a.question, answer: a.answer })),
      decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt).toISOString(),
      reason: row.decisionReason,
    };
  }
}
