import type { Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import type { MembersService } from '../members/index.js';
import { issueAuthToken, type AuthTokenKind } from './auth-tokens.repository.js';
import type { CommunityPolicy } from './identity.service.js';
import type { LinkRequest } from './identity.jobs.js';
import { sendIdentityMail, type IdentityMailKind } from './identity.mails.js';

export interface OneTimeLink {
  tokenKind: AuthTokenKind;
  mailKind: IdentityMailKind;
  ttlMs: number;
  /** The web app page that takes the token, e.g. `/auth/magic`. */
  path: string;
}

/**
 * Job body shared by sign-in and reset links: mails a one-time link to the account of
 * `request.email` in the member's language. Unknown addresses and banned members get
 * nothing. The token id is the request id, so a retried job never mails twice.
 */
export async function mailOneTimeLink(
  deps: { platform: Platform; members: MembersService; policy: () => Promise<CommunityPolicy | null> },
  request: LinkRequest,
  link: OneTimeLink,
): Promise<void> {
  const { platform, members } = deps;
  const member = await members.findByEmail(platform.db, request.email);
  if (!member || member.status === 'banned') return;
  const community = (await deps.policy())?.name ?? 'Hearth';
  await withTransaction(platform.db, async (tx) => {
    const token = await issueAuthToken(tx, {
      id: request.requestId,
      kind: link.tokenKind,
      memberId: member.id,
      email: member.email,
      now: platform.clock.now(),
      ttlMs: link.ttlMs,
    });
    if (!token) return;
    await sendIdentityMail(platform, tx, {
      kind: link.mailKind,
      to: member.email,
      locale: member.locale as Locale,
      community,
      link: `${request.baseUrl}${link.path}?token=${token}`,
    });
  });
}
