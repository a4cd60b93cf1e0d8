/** A member's cached trust level and an admin's lock (migration 0025; modules/trust). */
export interface TrustLevelTable {
  memberId: string;
  earnedLevel: number;
  lockedLevel: number | null;
  lockReason: string | null;
  lockedBy: string | null;
  lockedAt: number | null;
  days: number;
  posts: number;
  reactions: number;
  flags: number;
  /** 1 while a mute or ban was in force when computed (holds the earned level at 0). */
  restricted: number;
  computedAt: number;
}

/** The owner's thresholds (one row, id 1, absent until first changed). `levels` is JSON TrustRequirement[4]. */
export interface TrustSettingsTable {
  id: number;
  limitsEnabled: number;
  levels: string;
  updatedBy: string | null;
  updatedAt: number | null;
}

export interface TrustTables {
  trustLevel: TrustLevelTable;
  trustSettings: TrustSettingsTable;
}
