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
import { MemberLookups } from './member-lookups.js';
import { searchListedMembers } from './member-search.js';
import { isProfileComplete, ProfileUpdated } from './members.events.js';
import { toMe, toMemberProfile, toMemberSummary } from './members.mappers.js';
import {
  findDefaultTier,
  findMemberByEmail,
  findMemberById,
  insertMember,
  insertMemberChange,
  listTiers,
  updateMemberRow,
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
export class MembersService extends MemberLookups {
  private readonly directory = new DirectoryCache<MemberSummaryRow>();
  /** Summaries of cached rows are made once per row (cached rows are shared, never changed). */
  private readonly summaryMemo = new WeakMap<MemberSummaryRow, MemberSummary>();
  private readonly summaryOf = (row: MemberSummaryRow): MemberSummary => {
    let summary = this.summaryMemo.get(row);
    if (!summary) this.summaryMemo.set(row, (summary = toMemberSummary(row)));
    return summary;
  };

  constructor(
    platform: Platform,
    private readonly visibility: DirectoryVisibility,
    private readonly screen: ContentScreen,
  ) {
    super(platform);
  }

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
