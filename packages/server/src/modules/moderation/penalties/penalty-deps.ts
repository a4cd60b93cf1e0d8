import type { AuthorRef, Locale, Role } from '@hearth/contracts';
import type { Tx } from '../../../db/database.js';
import type { NoticeSender } from './penalty-notices.js';

/** What penalties need of other modules, bound late by the composition root (each is called only on requests). */
export interface PenaltyDeps {
  members: {
    find(memberId: string): Promise<{ id: string; role: Role; status: string; locale: Locale } | undefined>;
    refs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
    /** False when the status was not the opposite already (nothing changed). */
    setBanned(tx: Tx, memberId: string, banned: boolean, actorId: string | null, reason: string): Promise<boolean>;
  };
  /** Ends every session of the member (identity), in the ban's transaction. */
  revokeSessions(tx: Tx, memberId: string): Promise<void>;
  /** Closes the member's live sockets on every node (realtime hub), after the ban commits. */
  closeSockets(memberId: string): Promise<void>;
  /** Points taken with a penalty go through the ledger, and come back through it. */
  points: {
    balance(memberId: string): Promise<number>;
    deduct(tx: Tx, memberId: string, amount: number, memo: string, initiatorId: string): Promise<string>;
    refund(tx: Tx, transferId: string, initiatorId: string): Promise<void>;
  };
  notices: NoticeSender;
}
