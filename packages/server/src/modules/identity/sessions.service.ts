import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { preparedQuery } from '../../db/prepared-query.js';
import { DAY_MS, toIso } from '../../platform/clock.js';
import { hashToken, randomToken } from '../../platform/auth/tokens.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage, olderThan } from '../../platform/pagination.js';
import type { Locale, MemberStatus, PageQuery, Role, Session } from '@hearth/contracts';
import type { MembersService } from '../members/index.js';

const findSessionByTokenHash = preparedQuery<{ tokenHash: string }>()((db, p) =>
  db.selectFrom('session').select(['id', 'memberId', 'expiresAt', 'lastSeenAt']).where('tokenHash', '=', p.tokenHash),
);

/** Server-side sessions: the cookie holds a random token, the database only its hash. */
export class SessionsService {
  constructor(
    private readonly platform: Platform,
    private readonly members: MembersService,
  ) {}

  get maxAgeMs(): number {
    return this.platform.config.sessionDays * DAY_MS;
  }

  /** Starts a session; returns the token for the cookie. */
  async create(db: DbOrTx, memberId: string, userAgent: string | null): Promise<string> {
    const token = randomToken();
    const now = this.platform.clock.now();
    await db
      .insertInto('session')
      .values({
        id: this.platform.ids.next(),
        tokenHash: hashToken(token),
        memberId,
        userAgent: userAgent?.slice(0, 300) ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now + this.maxAgeMs,
      })
      .execute();
    return token;
  }

  async revokeToken(token: string): Promise<void> {
    const ended = await this.platform.db.deleteFrom('session').where('tokenHash', '=', hashToken(token)).returning('memberId').execute();
    for (const { memberId } of ended) await this.platform.actors.forgetMember(memberId);
  }

  /** Ends every session of a member, optionally keeping one (the caller's). */
  async revokeAll(db: DbOrTx, memberId: string, exceptSessionId?: string | null): Promise<void> {
    let query = db.deleteFrom('session').where('memberId', '=', memberId);
    if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
    await query.execute();
    // Inside a transaction this runs before the commit, when a concurrent request can still
    // read (and cache) a doomed session: callers in a transaction forget again after it.
    await this.platform.actors.forgetMember(memberId);
  }

  /** The caller's live sessions (signed-in devices), newest first; the caller's own is flagged `current`. */
  async list(actor: Actor, query: PageQuery): Promise<{ items: Session[]; nextCursor: string | null }> {
    const cursor = decodeCursor(query.cursor);
    let select = this.platform.db
      .selectFrom('session')
      .select(['id', 'userAgent', 'createdAt', 'lastSeenAt'])
      .where('memberId', '=', actor.memberId)
      .where('expiresAt', '>', this.platform.clock.now());
    if (cursor) {
      select = select.where(olderThan(cursor, 'createdAt', 'id'));
    }
    const rows = await select
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit + 1)
      .execute();
    return toPage(
      rows,
      query.limit,
      (s) => ({ at: s.createdAt, id: s.id }),
      (s): Session => ({
        id: s.id,
        current: s.id === actor.sessionId,
        userAgent: s.userAgent,
        createdAt: toIso(s.createdAt),
        lastSeenAt: toIso(s.lastSeenAt),
      }),
    );
  }

  /**
   * Ends one of the caller's own sessions; returns whether it was the caller's current one.
   * @throws not_found for unknown ids and for sessions of other members alike
   */
  async revokeOwn(actor: Actor, sessionId: string): Promise<{ wasCurrent: boolean }> {
    const result = await this.platform.db
      .deleteFrom('session')
      .where('id', '=', sessionId)
      .where('memberId', '=', actor.memberId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound();
    await this.platform.actors.forgetMember(actor.memberId);
    return { wasCurrent: sessionId === actor.sessionId };
  }

  /** The actor behind a session token, or null when unknown or expired. */
  async resolve(token: string): Promise<Actor | null> {
    if (token.length > 100) return null;
    const tokenHash = hashToken(token);
    const cached = this.platform.actors.get(tokenHash);
    if (cached) return cached;
    const version = this.platform.actors.readVersion();
    const now = this.platform.clock.now();
    const session = await findSessionByTokenHash.executeTakeFirst(this.platform.db, { tokenHash });
    if (!session || session.expiresAt <= now) return null;
    const member = await this.members.actorFacts(session.memberId);
    if (!member) return null;
    // Sliding expiry, written at most once a minute per session to keep reads cheap.
    if (now - session.lastSeenAt > 60_000) {
      await this.platform.db
        .updateTable('session')
        .set({ lastSeenAt: now, expiresAt: now + this.maxAgeMs })
        .where('id', '=', session.id)
        .execute();
      await this.members.touchLastSeen(member.id);
    }
    const actor: Actor = {
      memberId: member.id,
      role: member.role as Role,
      status: member.status as MemberStatus,
      tierId: member.tierId,
      tierRank: member.tierRank,
      sessionId: session.id,
      locale: member.locale as Locale,
    };
    this.platform.actors.set(tokenHash, actor, session.expiresAt, version);
    return actor;
  }
}
