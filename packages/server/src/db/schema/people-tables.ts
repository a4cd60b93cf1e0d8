/** Tables of the people module (follows, blocks, DM policy) and the home feed's visit marks. */
export interface FollowTable {
  followerId: string;
  followeeId: string;
  createdAt: number;
}

export interface BlockTable {
  blockerId: string;
  blockedId: string;
  createdAt: number;
}

export interface PeopleSettingsTable {
  memberId: string;
  /** everyone | friends | nobody: who may start or send a DM to the member. */
  dmPolicy: string;
  updatedAt: number;
}

export interface FeedVisitTable {
  memberId: string;
  previousVisitAt: number | null;
  currentVisitAt: number;
}

export interface PeopleTables {
  follow: FollowTable;
  block: BlockTable;
  peopleSettings: PeopleSettingsTable;
  feedVisit: FeedVisitTable;
}
