import type { Locale, Me } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { AppError, conflict, notFound, refused } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { toMe, type MembersService } from '../members/index.js';
import { consumeAuthToken, issueAuthToken, spendAuthTokens } from './auth-tokens.repository.js';
import { findPasswordHash } from './credentials.repository.js';
import type { ClientInfo, CommunityPolicy } from './identity.service.js';
import { EMAIL_CHANGE_JOB, type EmailChangeRequest } from './identity.jobs.js';
import { sendIdentityMail } from './identity.mails.js';
import type { PasswordGuard } from './password-guard.js';
import type { SessionsService } from './sessions.service.js';

/** How long a new address's confirmation link works. */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60_000;

/** Moving an account to a new email address, confirmed from that address. */
export class EmailChangeService {
  constructor(
    private readonly platform: Platform,
    private readonly members: MembersService,
    private readonly sessions: SessionsService,
    private readonly guard: PasswordGuard,
    private readonly policy: () => Promise<CommunityPolicy | null>,
  ) {}

  /**
   * Checks the caller's password and enqueues the confirmation. Whether the new address
   * already belongs to someone is decided in the job, so the answer is the same either way.
   * @throws wrong_password (422), same_email (422), rate_limited (429)
   */
  async requestChange(actor: Actor, input: { newEmail: string; password: string }, client: ClientInfo): Promise<void> {
    const member = await this.members.findById(this.platform.db, actor.memberId);
    if (!member) throw notFound();
    const passwordHash = await findPasswordHash(this.platform.db, member.id);
    if (!(await this.guard.verify(member.email, passwordHash, input.password))) throw refused('wrong_password');
    if (input.newEmail === member.email) throw refused('same_email');
    const payload: EmailChangeRequest = {
      requestId: this.platform.ids.next(),
      memberId: member.id,
      newEmail: input.newEmail,
      baseUrl: client.baseUrl,
    };
    await this.platform.jobs.enqueue(this.platform.db, EMAIL_CHANGE_JOB, payload);
  }

  /**
   * Job: tells the current address that a change was asked for, and mails the confirmation
   * link to the new address unless that address already has an account (its owner gets
   * nothing: the requester must not learn, and the owner need not care).
   */
  async deliverChange(request: EmailChangeRequest): Promise<void> {
    const member = await this.members.findById(this.platform.db, request.memberId);
    if (!member || member.status === 'banned') return;
    const community = (await this.policy())?.name ?? 'Hearth';
    const locale = member.locale as Locale;
    await withTransaction(this.platform.db, async (tx) => {
      const taken = await this.members.findByEmail(tx, request.newEmail);
      if (!taken) {
        const token = await issueAuthToken(tx, {
          id: request.requestId,
          kind: 'email_change',
          memberId: member.id,
          email: request.newEmail,
          now: this.platform.clock.now(),
          ttlMs: EMAIL_CHANGE_TTL_MS,
        });
        // A re-run of the job after a committed first run: both mails went out already.
        if (!token) return;
        await sendIdentityMail(this.platform, tx, {
          kind: 'email_change_confirm',
          to: request.newEmail,
          locale,
          community,
          link: `${request.baseUrl}/auth/confirm-email?token=${token}`,
        });
      }
      await sendIdentityMail(this.platform, tx, {
        kind: 'email_change_notice',
        to: member.email,
        locale,
        community,
        link: `${request.baseUrl}/login`,
      });
    });
  }

  /**
   * Applies a confirmed change: the account's email becomes the confirmed (and so verified)
   * address, and every other link still out (sign-in and reset links went to the old
   * address, other pending changes) stops working. Uniqueness is checked again here, as
   * someone may have registered the address since the link was sent. Starts a session only
   * when `signIn` is set (the confirming browser had none).
   * @throws token_invalid (422), email_taken (409), account_banned (403)
   */
  async confirmChange(
    token: string,
    client: Pick<ClientInfo, 'userAgent'>,
    signIn: boolean,
  ): Promise<{ member: Me; token: string | null }> {
    try {
      return await withTransaction(this.platform.db, async (tx) => {
        const now = this.platform.clock.now();
        const used = await consumeAuthToken(tx, 'email_change', token, now);
        const member = used ? await this.members.findById(tx, used.memberId) : undefined;
        if (!used?.email || !member) throw refused('token_invalid');
        if (member.status === 'banned') throw new AppError('account_banned', 403);
        const holder = await this.members.findByEmail(tx, used.email);
        if (holder && holder.id !== member.id) throw conflict('email_taken');
        await this.members.setEmail(tx, member.id, used.email);
        await spendAuthTokens(tx, member.id, ['magic', 'password_reset', 'email_change'], now);
        const sessionToken = signIn ? await this.sessions.create(tx, member.id, client.userAgent) : null;
        const fresh = await this.members.findById(tx, member.id);
        return { member: toMe(fresh ?? member), token: sessionToken };
      });
    } catch (error) {
      // On PostgreSQL a registration committed between the check above and the update is stopped by the unique index.
      if (isUniqueViolation(error)) throw conflict('email_taken');
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String((error as { code: unknown }).code);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
