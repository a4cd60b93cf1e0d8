import type { Me } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { AppError, refused } from '../../platform/errors/app-error.js';
import { toMe, type MembersService } from '../members/index.js';
import { consumeAuthToken } from './auth-tokens.repository.js';
import type { ClientInfo, CommunityPolicy } from './identity.service.js';
import { MAGIC_LINK_JOB, type LinkRequest } from './identity.jobs.js';
import { mailOneTimeLink } from './one-time-link.js';
import type { SessionsService } from './sessions.service.js';

/** How long a mailed sign-in link works. */
export const MAGIC_LINK_TTL_MS = 15 * 60_000;

/** Password-less sign-in: a one-time link mailed to the account's address. */
export class MagicLinkService {
  constructor(
    readonly platform: Platform,
    readonly members: MembersService,
    private readonly sessions: SessionsService,
    readonly policy: () => Promise<CommunityPolicy | null>,
  ) {}

  /**
   * Accepts a request for a sign-in link. Only enqueues a job, whether or not the address
   * has an account, so neither the answer nor its timing tells the two apart.
   */
  async requestLink(email: string, client: ClientInfo): Promise<void> {
    const payload: LinkRequest = { requestId: this.platform.ids.next(), email, baseUrl: client.baseUrl };
    await this.platform.jobs.enqueue(this.platform.db, MAGIC_LINK_JOB, payload);
  }

  /**
   * Job: mails a link to the account of `email` in the member's language. Unknown addresses
   * and banned members get nothing. Runs at most one mail per request (the token id is the
   * request id).
   */
  async deliverLink(request: LinkRequest): Promise<void> {
    await mailOneTimeLink(this, request, { tokenKind: 'magic', mailKind: 'magic_link', ttlMs: MAGIC_LINK_TTL_MS, path: '/auth/magic' });
  }

  /**
   * Signs in with a link's token: uses it up, marks the email verified (the member proved
   * they read it) and starts a session. A link stops working when the account's address
   * changed after it was sent. Refusals change nothing.
   * @throws token_invalid (unknown, expired, used, or for another address), account_banned
   */
  async verify(token: string, client: Pick<ClientInfo, 'userAgent'>): Promise<{ member: Me; token: string }> {
    return withTransaction(this.platform.db, async (tx) => {
      const used = await consumeAuthToken(tx, 'magic', token, this.platform.clock.now());
      const member = used ? await this.members.findById(tx, used.memberId) : undefined;
      if (!used || !member || member.email !== used.email) throw refused('token_invalid');
      if (member.status === 'banned') throw new AppError('account_banned', 403);
      await this.members.markEmailVerified(tx, member.id);
      const sessionToken = await this.sessions.create(tx, member.id, client.userAgent);
      const fresh = await this.members.findById(tx, member.id);
      return { member: toMe(fresh ?? member), token: sessionToken };
    });
  }
}
