import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { refused } from '../../platform/errors/app-error.js';
import { findInviteByCode, incrementInviteUse, isInviteUsable } from './invites.repository.js';

/** What registration needs of invites: find a usable one, and count its use. */
export interface InviteGate {
  findUsable(db: DbOrTx, code: string): Promise<{ id: string; source: string | null } | null>;
  /** @throws invite_invalid when the last use was taken by a concurrent sign-up */
  consume(db: DbOrTx, id: string): Promise<void>;
}

export function createInviteGate(platform: Platform): InviteGate {
  return {
    async findUsable(db, code) {
      const invite = await findInviteByCode(db, code);
      if (!invite || !isInviteUsable(invite, platform.clock.now())) return null;
      return { id: invite.id, source: invite.source };
    },
    async consume(db, id) {
      if (!(await incrementInviteUse(db, id))) throw refused('invite_invalid');
    },
  };
}
