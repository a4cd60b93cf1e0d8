import type { Platform } from '../../app/platform.js';
import type { LedgerService } from '../ledger/index.js';
import type { MembersService } from '../members/index.js';
import type { ContentScreen } from '../moderation/index.js';
import type { PeopleService } from '../people/index.js';

/** What the perks marketplace needs from its neighbours (each through its index). */
export interface PerksDeps {
  platform: Platform;
  /** Every price moves through the ledger: holds into escrow, settlements, releases, reversals. */
  ledger: LedgerService;
  /** Names and avatars, member status, tiers, and the tier a tier-upgrade perk grants. */
  members: MembersService;
  /** Blocks, either way: no redemptions across one; blocked sellers' perks are not listed. */
  people: PeopleService;
  /** The word filter for titles and descriptions. */
  screen: ContentScreen;
}
