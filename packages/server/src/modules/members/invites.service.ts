import type { Invite, InvitePreview } from '@hearth/contracts';
import type { CreateInviteBody, PageQuery } from '@hearth/contracts';
import type { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import { withTransaction } from '../../db/database.js';
import { inviteCode } from '../../platform/auth/tokens.js';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import { invalid, notFound } from '../../platform/errors/app-error.js';
import type { Actor } from '../../platform/http/actor.js';
import { decodeCursor, toPage } from '../../platform/pagination.js';
import type { CommunityInfo } from './community-info.js';
import {
  findInviteByCode,
  findInviteById,
  insertInvite,
  isInviteUsable,
  listInvitePage,
  revokeInvite,
  type InviteRow,
} from './invites.repository.js';
import { findMemberById } from './members.repository.js';

export const inviteUrl = (baseUrl: string, code: string): string => `${baseUrl}/join/${code}`;

function toInvite(row: InviteRow, baseUrl: string): Invite {
  return {
    id: row.id,
    code: row.code,
    url: inviteUrl(baseUrl, row.code),
    source: row.source,
    maxUses: row.maxUses,
    uses: row.uses,
    expiresAt: toIsoOrNull(row.expiresAt),
    revokedAt: toIsoOrNull(row.revokedAt),
    createdAt: toIso(row.createdAt),
    createdBy: row.createdBy,
  };
}

/**
 * Invite links: admins create them with a source label (where the link was shared), and
 * registration consumes them through the InviteGate. `baseUrl` is where links point.
 */
export class InvitesService {
  constructor(
    private readonly platform: Platform,
    private readonly community: CommunityInfo,
  ) {}

  /**
   * Creates an invite with a fresh random code.
   * @throws invalid_input (expiresAt in_the_past)
   */
  async create(actor: Actor, body: z.output<typeof CreateInviteBody>, baseUrl: string): Promise<Invite> {
    const now = this.platform.clock.now();
    const expiresAt = body.expiresAt ? Date.parse(body.expiresAt) : null;
    if (expiresAt !== null && expiresAt <= now) throw invalid('expiresAt', 'in_the_past');
    return withTransaction(this.platform.db, async (tx) => {
      // Codes are random over 31^10; the loop only guards the unique index against a freak clash.
      let code = inviteCode();
      while (await findInviteByCode(tx, code)) code = inviteCode();
      const row: InviteRow = {
        id: this.platform.ids.next(),
        code,
        source: body.source ?? null,
        maxUses: body.maxUses ?? null,
        uses: 0,
        expiresAt,
        revokedAt: null,
        createdBy: actor.memberId,
        createdAt: now,
      };
      await insertInvite(tx, row);
      return toInvite(row, baseUrl);
    });
  }

  /** Every invite, newest first, revoked and used-up ones included. */
  async list(query: z.output<typeof PageQuery>, baseUrl: string) {
    const cursor = decodeCursor(query.cursor);
    const rows = await listInvitePage(this.platform.db, cursor, query.limit);
    return toPage(
      rows,
      query.limit,
      (r) => ({ at: r.createdAt, id: r.id }),
      (r) => toInvite(r, baseUrl),
    );
  }

  /** Stops an invite from admitting anyone; revoking twice is harmless. @throws not_found */
  async revoke(id: string): Promise<void> {
    await withTransaction(this.platform.db, async (tx) => {
      if (!(await findInviteById(tx, id))) throw notFound();
      await revokeInvite(tx, id, this.platform.clock.now());
    });
  }

  /**
   * What a visitor may learn from a code before registering: whether it is usable, the
   * community's name and, for a usable code, who invited them. Unknown codes answer
   * `valid: false` like spent ones, so the answer reveals nothing else.
   */
  async preview(code: string): Promise<InvitePreview> {
    const community = { name: await this.community.name() };
    const invite = await findInviteByCode(this.platform.db, code);
    if (!invite || !isInviteUsable(invite, this.platform.clock.now())) return { code, valid: false, community, invitedBy: null };
    const inviter = await findMemberById(this.platform.db, invite.createdBy);
    return { code: invite.code, valid: true, community, invitedBy: inviter?.displayName ?? null };
  }

  /** The invite link as an SVG QR code (for posters and slides). @throws not_found */
  async qrSvg(id: string, baseUrl: string): Promise<string> {
    const invite = await findInviteById(this.platform.db, id);
    if (!invite) throw notFound();
    // qrcode is loaded when the first QR code is drawn, not at boot.
    const { default: QRCode } = await import('qrcode');
    return QRCode.toString(inviteUrl(baseUrl, invite.code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }
}
