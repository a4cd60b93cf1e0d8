import type { Platform } from '../../app/platform.js';
import type { Actor } from '../../platform/http/actor.js';
import type { TippableMessage } from '../chat/index.js';
import type { LedgerService } from '../ledger/index.js';
import type { MembersService } from '../members/index.js';
import type { PeopleService } from '../people/index.js';
import type { ContributionFacts, TippableContent } from '../posts/index.js';

/** What the economy needs from its neighbours (each through its index). */
export interface EconomyDeps {
  platform: Platform;
  ledger: LedgerService;
  /** Members, and who invited whom (the referral rule). */
  members: MembersService;
  /** Blocks, either way: no tips across one. */
  people: PeopleService;
  /** The posts module's reading rules for threads and comments, and a member's contributions (badge rules). */
  posts: {
    tipTarget(actor: Actor, kind: 'post' | 'comment', id: string): Promise<TippableContent>;
    contributionFacts(memberId: string): Promise<ContributionFacts>;
  };
  /** The chat module's reading rules for messages. */
  chat: { tipTarget(actor: Actor, messageId: string): Promise<TippableMessage> };
}
