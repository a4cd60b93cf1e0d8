import type { Locale, Me } from '@hearth/contracts';
import type { RegisterBody, LoginBody } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { AppError, conflict, refused } from '../../platform/errors/app-error.js';
import { hashPassword, isWeakPassword } from '../../platform/auth/passwords.js';
import { toMe, type MembersService } from '../members/index.js';
import type { InviteGate } from '../members/index.js';
import { findPasswordHash, savePasswordHash } from './credentials.repository.js';
import { sendAccountNotice } from './identity.mails.js';
import type { PasswordGuard } from './password-guard.js';
import type { SessionsService } from './sessions.service.js';

/** What identity needs to know of the community (owned by the system module). */
export interface CommunityPolicy {
  name: string;
  locale: Locale;
  joinPolicy: 'open' | 'invite' | 'application';
  questions: string[];
}

export interface ClientInfo {
  userAgent: string | null;
  baseUrl: string;
  locale: Locale;
}

/** Registration and sign-in. */
export class IdentityService {
  constructor(
    private readonly platform: Platform,
    private readonly members: MembersService,
    private readonly sessions: SessionsService,
    private readonly invites: InviteGate,
    private readonly policy: () => Promise<CommunityPolicy | null>,
    private readonly guard: PasswordGuard,
    private readonly bans: BanCheck | null = null,
  ) {}

  /** Stores a password hash for a member (setup, create-admin, reset). */
  async setPassword(db: Parameters<typeof withTransaction>[0], memberId: string, password: string): Promise<void> {
    await savePasswordHash(db, memberId, await hashPassword(password), this.platform.clock.now());
  }

  /**
   * Registers under the community's join policy: open → active; invite → a valid invite is
   * required; application → answers required, status pending until an admin decides. A
   * valid invite admits directly under every policy and records its source label.
   * @throws not_set_up, weak_password, invite_required, invite_invalid, answers_required, email_taken
   */
  async register(body: z.output<typeof RegisterBody>, client: ClientInfo): Promise<{ member: Me; token: string }> {
    const policy = await this.policy();
    if (!policy) throw conflict('not_set_up');
    if (isWeakPassword(body.password, body.email))
      throw new AppError('invalid_input', 400, {}, [{ path: 'password', code: 'weak_password' }]);
    // Hash before looking the email up, so a taken email answers in the same time as a free one.
    const passwordHash = await hashPassword(body.password);

    const outcome = await withTransaction(this.platform.db, async (tx) => {
      const invite = body.inviteCode ? await this.invites.findUsable(tx, body.inviteCode) : null;
      if (body.inviteCode && !invite) throw refused('invite_invalid');
      if (policy.joinPolicy === 'invite' && !invite) throw refused('invite_required');
      const needsApproval = policy.joinPolicy === 'application' && !invite;
      const answers = policy.questions.map((question, i) => ({ question, answer: (body.answers?.[i] ?? '').trim() }));
      if (needsApproval && answers.some((a) => a.answer.length === 0)) {
        throw new AppError(
          'invalid_input',
          400,
          {},
          answers.flatMap((a, i) => (a.answer ? [] : [{ path: `answers.${i}`, code: 'required' }])),
        );
      }

      const existing = await this.members.findByEmail(tx, body.email);
      if (existing) return { taken: existing } as const;
      const member = await this.members.createMember(tx, {
        email: body.email,
        displayName: body.displayName,
        role: 'member',
        status: needsApproval ? 'pending' : 'active',
        locale: body.locale ?? client.locale,
        timeZone: body.timeZone && isTimeZone(body.timeZone) ? body.timeZone : 'UTC',
        source: invite?.source ?? null,
        inviteId: invite?.id ?? null,
        answers: needsApproval ? answers : [],
      });
      if (invite) await this.invites.consume(tx, invite.id);
      await savePasswordHash(tx, member.id, passwordHash, this.platform.clock.now());
      const token = await this.sessions.create(tx, member.id, client.userAgent);
      return { member: toMe(member), token, taken: null };
    });
    if ('taken' in outcome && outcome.taken) {
      // Tell the address's owner instead of the visitor; the visitor's answer does not say whether it exists.
      await sendAccountNotice(
        this.platform,
        this.platform.db,
        outcome.taken.email,
        outcome.taken.locale as Locale,
        client.baseUrl,
        policy.name,
      );
      throw conflict('email_taken');
    }
    await this.platform.bus.publish('member.joined', { memberId: outcome.member.id, status: outcome.member.status });
    return { member: outcome.member, token: outcome.token };
  }

  /**
   * Signs in. Unknown emails verify against a dummy hash so timing does not reveal accounts,
   * and failures count per email whether or not the account exists (see PasswordGuard).
   * @throws invalid_credentials (401), account_banned (403), rate_limited (429)
   */
  async login(body: z.output<typeof LoginBody>, client: ClientInfo): Promise<{ member: Me; token: string }> {
    const member = await this.members.findByEmail(this.platform.db, body.email);
    const passwordHash = member ? await findPasswordHash(this.platform.db, member.id) : null;
    const ok = await this.guard.verify(body.email, passwordHash, body.password);
    if (!member || !ok) throw new AppError('invalid_credentials', 401);
    if (member.status === 'banned') await this.refuseBanned(member.id);
    const token = await this.sessions.create(this.platform.db, member.id, client.userAgent);
    return { member: toMe((await this.members.findById(this.platform.db, member.id)) ?? member), token };
  }

  /**
   * A banned member is refused with until when and why; a timed ban that has run out is
   * lifted by the check (moderation's penalties), and sign-in goes on.
   * @throws account_banned_until / account_banned_permanently (403), account_banned (no ban record)
   */
  private async refuseBanned(memberId: string): Promise<void> {
    if (!this.bans) throw new AppError('account_banned', 403);
    const ban = await this.bans(memberId);
    if (ban === 'unrecorded') throw new AppError('account_banned', 403);
    if (!ban) return;
    if (ban.until === null) throw new AppError('account_banned_permanently', 403, { reason: ban.reason }, undefined, { ban });
    const until = ban.until.slice(0, 16).replace('T', ' ') + ' UTC';
    throw new AppError('account_banned_until', 403, { until, reason: ban.reason }, undefined, { ban });
  }
}

/** The ban in force for a member (until: ISO time, null = permanent); `unrecorded` when banned without a penalty; null when none is (moderation, bound late). */
export type BanCheck = (memberId: string) => Promise<{ until: string | null; reason: string } | 'unrecorded' | null>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
