import type { Platform } from '../../app/platform.js';
import type { LedgerService } from '../ledger/index.js';
import type { MembersService } from '../members/index.js';
import type { PeopleService } from '../people/index.js';

/** What the member market needs from its neighbours (each through its index). */
export interface MarketDeps {
  platform: Platform;
  /** Every unit and every price moves through the ledger: holds into escrow, releases, transfers. */
  ledger: LedgerService;
  /** Names and avatars, member status and when they joined (minimum trust). */
  members: MembersService;
  /** Blocks, either way: no fills across one. */
  people: PeopleService;
}
