import type { Me } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { hashPassword, isWeakPassword } from '../../platform/auth/passwords.js';
import { AppError, invalid, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { toMe, type MembersService } from '../members/index.js';
import { consumeAuthToken, findLiveAuthToken, spendAuthTokens } from './auth-tokens.repository.js';
import { findPasswordHash, savePasswordHash } from './credentials.repository.js';
import type { ClientInfo, CommunityPolicy } from './identity.service.js';
import { PASSWORD_RESET_JOB, type LinkRequest } from './identity.jobs.js';
import { mailOneTimeLink } from './one-time-link.js';
import type { PasswordGuard } from './password-guard.js';
import type { SessionsService } from './sessions.service.js';

/** How long a mailed password-reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60_000;

/** Forgotten and changed passwords. */
export class PasswordService {
  constructor(
    readonly platform: Platform,
    readonly members: MembersService,
    private readonly sessions: SessionsService,
    private readonly guard: PasswordGuard,
    readonly policy: () => Promise<CommunityPolicy | null>,
  ) {}

  /**
   * Accepts a request for a reset link. Only enqueues a job, whether or not the address has
   * an account, so neither the answer nor its timing tells the two apart.
   */
  async requestReset(email: string, client: ClientInfo): Promise<void> {
    const payload: LinkRequest = { requestId: this.platform.ids.next(), email, baseUrl: client.baseUrl };
    await this.platform.jobs.enqueue(this.platform.db, PASSWORD_RESET_JOB, payload);
  }

  /** Job: mails a reset link to the account of `email`, if there is one and it is not banned. */
  async deliverReset(request: LinkRequest): Promise<void> {
    await mailOneTimeLink(this, request, {
      tokenKind: 'password_reset',
      mailKind: 'password_reset',
      ttlMs: PASSWORD_RESET_TTL_MS,
      path: '/auth/reset',
    });
  }

  /**
   * Sets a new password with a reset token. Every session of the member ends (whoever had
   * the old password is out), other reset links stop working, and a fresh session starts
   * for this browser. Reading the link proves the address, so it is marked verified.
   * Refusals change nothing: the token and the old password keep working.
   * @throws token_invalid, weak_password (400 on `password`), account_banned
   */
  async resetPassword(
    input: { token: string; password: string },
    client: Pick<ClientInfo, 'userAgent'>,
  ): Promise<{ member: Me; token: string }> {
    const now = this.platform.clock.now();
    const live = await findLiveAuthToken(this.platform.db, 'password_reset', input.token, now);
    const member = live ? await this.members.findById(this.platform.db, live.memberId) : undefined;
    if (!live || !member || member.email !== live.email) throw refused('token_invalid');
    if (member.status === 'banned') throw new AppError('account_banned', 403);
    if (isWeakPassword(input.password, member.email)) throw invalid('password', 'weak_password');
    // Hash outside the transaction: argon2 takes tens of milliseconds and SQLite has one writer.
    const passwordHash = await hashPassword(input.password);

    const reset = await withTransaction(this.platform.db, async (tx) => {
      // The peek above only validated; this conditional update is what lets one of two racing uses win.
      const used = await consumeAuthToken(tx, 'password_reset', input.token, this.platform.clock.now());
      if (!used) throw refused('token_invalid');
      const at = this.platform.clock.now();
      await savePasswordHash(tx, member.id, passwordHash, at);
      await spendAuthTokens(tx, member.id, ['password_reset'], at);
      await this.members.markEmailVerified(tx, member.id);
      await this.sessions.revokeAll(tx, member.id);
      const sessionToken = await this.sessions.create(tx, member.id, client.userAgent);
      const fresh = await this.members.findById(tx, member.id);
      return { member: toMe(fresh ?? member), token: sessionToken };
    });
    await this.platform.actors.forgetMember(member.id);
    return reset;
  }

  /**
   * Changes the caller's password after checking the current one. The caller's session
   * stays; every other session ends.
   * @throws weak_password (400 on `newPassword`), wrong_password (422), rate_limited (429)
   */
  async changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const member = await this.members.findById(this.platform.db, actor.memberId);
    if (!member) throw notFound();
    if (isWeakPassword(input.newPassword, member.email)) throw invalid('newPassword', 'weak_password');
    const current = await findPasswordHash(this.platform.db, member.id);
    if (!(await this.guard.verify(member.email, current, input.currentPassword))) throw refused('wrong_password');
    const passwordHash = await hashPassword(input.newPassword);
    await withTransaction(this.platform.db, async (tx) => {
      const at = this.platform.clock.now();
      await savePasswordHash(tx, member.id, passwordHash, at);
      // A reset link still in a mailbox would otherwise undo the change the member just made.
      await spendAuthTokens(tx, member.id, ['password_reset'], at);
      await this.sessions.revokeAll(tx, member.id, actor.sessionId);
    });
    await this.platform.actors.forgetMember(member.id);
  }
}
