import type {
  CreateSpaceBody,
  Locale,
  MySpace,
  PageQuery,
  SpaceList,
  SpaceMember,
  SpaceSection,
  SpacesChangedEvent,
  UpdateSpaceBody,
} from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type DbOrTx, type Tx } from '../../db/database.js';
import { toIso } from '../../platform/clock.js';
import { conflict, invalid, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, olderThan, toPage } from '../../platform/pagination.js';
import type { RealtimeHub } from '../../platform/realtime/realtime-hub.js';
import { memberRoom } from '../../platform/realtime/room-kind.js';
import type { MembersService } from '../members/index.js';
import { toMySpace, toSection } from './spaces.mappers.js';
import { STARTER_SPACES, type StarterSpaces } from './starter-spaces.js';
import { canModerateSpace, canParticipate, canPostIn, canViewSpace } from './spaces.policy.js';
import {
  findMembership,
  findSection,
  findSpace,
  listLiveSpaces,
  listSections,
  membershipsOf,
  nextPosition,
  type SpaceMemberRow,
  type SpaceRow,
} from './spaces.repository.js';

/** Bus topic: `{spaceId}` — who may read the space changed (access, archive, a member left or was removed). */
export const SPACE_ACCESS_CHANGED = 'space.access_changed';

/** What another module learns about the caller and a space (see spaces.policy). */
export interface SpaceAccessDecision {
  space: { id: string; kind: MySpace['kind']; name: string; conversationId: string | null };
  canView: boolean;
  /** May reply, react and chat. */
  canParticipate: boolean;
  /** May start threads. */
  canPost: boolean;
  canModerate: boolean;
}

/** Spaces: sections, access, membership, mute and read state. */
export class SpacesService {
  constructor(
    private readonly platform: Platform,
    private readonly members: MembersService,
    private readonly realtime: Pick<RealtimeHub, 'publish'>,
  ) {}

  /** Sections and every space the caller may see, in sidebar order, with unread counts. */
  async list(actor: Actor): Promise<SpaceList> {
    const db = this.platform.db;
    const [sections, spaces, memberships] = await Promise.all([listSections(db), listLiveSpaces(db), membershipsOf(db, actor.memberId)]);
    const mine = new Map(memberships.map((m) => [m.spaceId, m]));
    return {
      sections: sections.map(toSection),
      spaces: spaces.filter((s) => canViewSpace(actor, s, mine.has(s.id))).map((s) => this.view(actor, s, mine.get(s.id))),
    };
  }

  /** @throws not_found unless the caller may see the space */
  async get(actor: Actor, id: string): Promise<MySpace> {
    const { space, membership } = await this.visible(this.platform.db, actor, id);
    return this.view(actor, space, membership);
  }

  /**
   * The access decision for one space, for the modules that hold its content (posts, chat,
   * search, notifications). Null when the space does not exist or is archived.
   */
  async access(actor: Actor, spaceId: string, db: DbOrTx = this.platform.db): Promise<SpaceAccessDecision | null> {
    const space = await findSpace(db, spaceId);
    if (!space || space.archivedAt !== null) return null;
    const isMember = (await findMembership(db, spaceId, actor.memberId)) !== undefined;
    return {
      space: { id: space.id, kind: space.kind as MySpace['kind'], name: space.name, conversationId: space.conversationId },
      canView: canViewSpace(actor, space, isMember),
      canParticipate: canParticipate(actor, space, isMember),
      canPost: canPostIn(actor, space, isMember),
      canModerate: canModerateSpace(actor, space, isMember),
    };
  }

  /** Ids of every space the caller may read: the filter for feeds and search. */
  async visibleSpaceIds(actor: Actor): Promise<string[]> {
    const db = this.platform.db;
    const [spaces, memberships] = await Promise.all([listLiveSpaces(db), membershipsOf(db, actor.memberId)]);
    const mine = new Set(memberships.map((m) => m.spaceId));
    return spaces.filter((s) => canViewSpace(actor, s, mine.has(s.id))).map((s) => s.id);
  }

  /** Counts new threads or replies (one by default) towards every member's unread count, in the writer's transaction. */
  async recordActivity(tx: DbOrTx, spaceId: string, at: number, count = 1): Promise<void> {
    await tx
      .updateTable('space')
      .set((eb) => ({ activitySeq: eb('activitySeq', '+', count), lastActivityAt: at }))
      .where('id', '=', spaceId)
      .execute();
  }

  /** @throws invalid_input (unknown_section) */
  async create(actor: Actor, body: z.output<typeof CreateSpaceBody>): Promise<MySpace> {
    const id = await withTransaction(this.platform.db, (tx) => this.insertSpace(tx, body, actor.memberId));
    return this.get(actor, id);
  }

  /**
   * The spaces every new community starts with (announcements, general talk, questions), in
   * its language, so the first members have somewhere to write. Runs inside setup.
   */
  async createStarterSpaces(tx: Tx, locale: Locale): Promise<StarterSpaces> {
    const names = STARTER_SPACES[locale];
    const create = (kind: 'announcement' | 'discussion' | 'qa') =>
      this.insertSpace(
        tx,
        { ...names[kind], kind, sectionId: null, access: { minTierRank: null, private: false, postMinTierRank: null } },
        null,
      );
    return { announcement: await create('announcement'), discussion: await create('discussion'), qa: await create('qa') };
  }

  /**
   * Inserts a space at the end of the list; its creator (when there is one) is its first
   * member, so a private space is never empty of managers. Returns the new id.
   * @throws invalid_input (unknown_section)
   */
  async insertSpace(tx: Tx, body: z.output<typeof CreateSpaceBody>, creatorId: string | null): Promise<string> {
    if (body.sectionId && !(await findSection(tx, body.sectionId))) throw invalid('sectionId', 'unknown_section');
    const id = this.platform.ids.next();
    const now = this.platform.clock.now();
    await tx
      .insertInto('space')
      .values({
        id,
        sectionId: body.sectionId,
        name: body.name,
        description: body.description,
        icon: body.icon,
        kind: body.kind,
        minTierRank: body.access.minTierRank,
        private: body.access.private ? 1 : 0,
        postMinTierRank: body.access.postMinTierRank,
        position: await nextPosition(tx, 'space'),
        // A chat space's channel is the conversation with the space's own id (opened by chat).
        conversationId: body.kind === 'chat' ? id : null,
        activitySeq: 0,
        lastActivityAt: null,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (creatorId) await this.addMembership(tx, id, creatorId, now, 0);
    return id;
  }

  /** @throws not_found, invalid_input (unknown_section) */
  async update(actor: Actor, id: string, body: z.output<typeof UpdateSpaceBody>): Promise<MySpace> {
    await withTransaction(this.platform.db, async (tx) => {
      const space = await findSpace(tx, id);
      if (!space || space.archivedAt !== null) throw notFound();
      if (body.sectionId && !(await findSection(tx, body.sectionId))) throw invalid('sectionId', 'unknown_section');
      await tx
        .updateTable('space')
        .set({
          ...(body.name !== undefined ? { name: body.name } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.icon !== undefined ? { icon: body.icon } : {}),
          ...(body.sectionId !== undefined ? { sectionId: body.sectionId } : {}),
          ...(body.position !== undefined ? { position: body.position } : {}),
          ...(body.access !== undefined
            ? {
                minTierRank: body.access.minTierRank,
                private: body.access.private ? 1 : 0,
                postMinTierRank: body.access.postMinTierRank,
              }
            : {}),
          updatedAt: this.platform.clock.now(),
        })
        .where('id', '=', id)
        .execute();
    });
    if (body.access !== undefined) await this.accessChanged(id);
    return this.get(actor, id);
  }

  /** Hides a space from everyone; its content stays in the database. @throws not_found */
  async archive(id: string): Promise<void> {
    const result = await this.platform.db
      .updateTable('space')
      .set({ archivedAt: this.platform.clock.now() })
      .where('id', '=', id)
      .where('archivedAt', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound();
    await this.accessChanged(id);
  }

  /** Joins a space the caller may see; joining twice is harmless. @throws not_found */
  async join(actor: Actor, id: string): Promise<MySpace> {
    const { space, membership } = await this.visible(this.platform.db, actor, id);
    if (!membership) await this.addMembership(this.platform.db, id, actor.memberId, this.platform.clock.now(), space.activitySeq);
    return this.get(actor, id);
  }

  /** Leaves a space; returns it as now seen, or null when leaving took the access away. @throws not_found */
  async leave(actor: Actor, id: string): Promise<MySpace | null> {
    await this.visible(this.platform.db, actor, id);
    await this.platform.db.deleteFrom('spaceMember').where('spaceId', '=', id).where('memberId', '=', actor.memberId).execute();
    await this.accessChanged(id);
    const space = await findSpace(this.platform.db, id);
    return space && canViewSpace(actor, space, false) ? this.view(actor, space, undefined) : null;
  }

  /** @throws not_found, not_joined (409) */
  async mute(actor: Actor, id: string, muted: boolean): Promise<MySpace> {
    const { membership } = await this.visible(this.platform.db, actor, id);
    if (!membership) throw conflict('not_joined');
    await this.platform.db
      .updateTable('spaceMember')
      .set({ muted: muted ? 1 : 0 })
      .where('spaceId', '=', id)
      .where('memberId', '=', actor.memberId)
      .execute();
    return this.get(actor, id);
  }

  /** Everything in the space counts as read (a no-op for spaces the caller has not joined). @throws not_found */
  async markRead(actor: Actor, id: string): Promise<void> {
    const { space, membership } = await this.visible(this.platform.db, actor, id);
    if (!membership) return;
    await this.platform.db
      .updateTable('spaceMember')
      .set({ readSeq: space.activitySeq })
      .where('spaceId', '=', id)
      .where('memberId', '=', actor.memberId)
      .execute();
  }

  /** Members of a space, newest first. @throws not_found */
  async listMembers(actor: Actor, id: string, query: PageQuery) {
    await this.visible(this.platform.db, actor, id);
    const cursor = decodeCursor(query.cursor);
    let select = this.platform.db.selectFrom('spaceMember').select(['memberId', 'joinedAt']).where('spaceId', '=', id);
    if (cursor) select = select.where(olderThan(cursor, 'joinedAt', 'memberId'));
    const rows = await select
      .orderBy('joinedAt', 'desc')
      .orderBy('memberId', 'desc')
      .limit(query.limit + 1)
      .execute();
    const refs = await this.members.refs(rows.map((r) => r.memberId));
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.joinedAt, id: r.memberId }),
      (r): SpaceMember => {
        const ref = refs.get(r.memberId);
        return { id: r.memberId, displayName: ref?.displayName ?? '', avatarUrl: ref?.avatarUrl ?? null, joinedAt: toIso(r.joinedAt) };
      },
    );
  }

  /** Adds members (how people get into a private space). @throws not_found, invalid_input (unknown_member) */
  async addMembers(actor: Actor, id: string, memberIds: string[]): Promise<void> {
    const { space } = await this.visible(this.platform.db, actor, id);
    const known = await this.members.existingMemberIds(memberIds);
    const unknown = memberIds.findIndex((m) => !known.has(m));
    if (unknown >= 0) throw invalid(`memberIds.${unknown}`, 'unknown_member');
    const added = await withTransaction(this.platform.db, async (tx) => {
      const now = this.platform.clock.now();
      const newcomers: string[] = [];
      for (const memberId of new Set(memberIds)) {
        if (await findMembership(tx, id, memberId)) continue;
        await this.addMembership(tx, id, memberId, now, space.activitySeq);
        newcomers.push(memberId);
      }
      return newcomers;
    });
    await this.sidebarsChanged(added);
  }

  /** @throws not_found (space, or a member who is not in it) */
  async removeMember(actor: Actor, id: string, memberId: string): Promise<void> {
    await this.visible(this.platform.db, actor, id);
    const result = await this.platform.db
      .deleteFrom('spaceMember')
      .where('spaceId', '=', id)
      .where('memberId', '=', memberId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound();
    await this.accessChanged(id);
    await this.sidebarsChanged([memberId]);
  }

  async createSection(name: string): Promise<SpaceSection> {
    return this.createSectionIn(this.platform.db, name);
  }

  /** Adds a section at the end of the sidebar, in the caller's transaction. */
  async createSectionIn(db: DbOrTx, name: string): Promise<SpaceSection> {
    const row = {
      id: this.platform.ids.next(),
      name,
      position: await nextPosition(db, 'spaceSection'),
      createdAt: this.platform.clock.now(),
    };
    await db.insertInto('spaceSection').values(row).execute();
    return toSection(row);
  }

  /** @throws not_found */
  async updateSection(id: string, patch: { name?: string; position?: number }): Promise<SpaceSection> {
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
    };
    // An empty patch changes nothing but still answers for a section that exists.
    if (Object.keys(changes).length > 0) await this.platform.db.updateTable('spaceSection').set(changes).where('id', '=', id).execute();
    const section = await findSection(this.platform.db, id);
    if (!section) throw notFound();
    return toSection(section);
  }

  /** Deletes a section; its spaces stay, outside any section. @throws not_found */
  async deleteSection(id: string): Promise<void> {
    await withTransaction(this.platform.db, async (tx) => {
      if (!(await findSection(tx, id))) throw notFound();
      await tx.updateTable('space').set({ sectionId: null }).where('sectionId', '=', id).execute();
      await tx.deleteFrom('spaceSection').where('id', '=', id).execute();
    });
  }

  /**
   * Tells every node that who may read the space changed (after the change committed), so
   * live subscriptions to its content are checked again.
   */
  /**
   * Tells members whose sidebar someone else changed (added to or removed from a space) to
   * reload it, over their own realtime room, so a private space appears without a reload.
   */
  private async sidebarsChanged(memberIds: readonly string[]): Promise<void> {
    const event: SpacesChangedEvent = { type: 'spaces' };
    await Promise.all(memberIds.map((memberId) => this.realtime.publish(memberRoom(memberId), event)));
  }

  private async accessChanged(spaceId: string): Promise<void> {
    await this.platform.bus.publish(SPACE_ACCESS_CHANGED, { spaceId });
  }

  private async visible(db: DbOrTx, actor: Actor, id: string): Promise<{ space: SpaceRow; membership: SpaceMemberRow | undefined }> {
    const space = await findSpace(db, id);
    const membership = space ? await findMembership(db, id, actor.memberId) : undefined;
    if (!space || !canViewSpace(actor, space, membership !== undefined)) throw notFound();
    return { space, membership };
  }

  private view(actor: Actor, space: SpaceRow, membership: SpaceMemberRow | undefined): MySpace {
    const isMember = membership !== undefined;
    return toMySpace(space, membership, {
      canPost: canPostIn(actor, space, isMember),
      canModerate: canModerateSpace(actor, space, isMember),
    });
  }

  private async addMembership(db: DbOrTx, spaceId: string, memberId: string, at: number, readSeq: number): Promise<void> {
    await db.insertInto('spaceMember').values({ spaceId, memberId, muted: 0, readSeq, joinedAt: at }).execute();
  }
}
