/** Points earning, check-in, XP and expiry notices (migration 0023; modules/economy/earning …). */

export interface EarningSettingsTable {
  id: number;
  /** EarningSettings as JSON, validated by its zod schema on read and write. */
  config: string;
  updatedAt: number;
}

export interface PointsAwardTable {
  id: string;
  rule: string;
  /** What qualified, unique per rule: `checkin:<member>:<day>`, `reaction:<kind>:<id>:<reactor>:<emoji>` … */
  actKey: string;
  memberId: string;
  amount: number;
  /** The community-local day it counts against the rule's cap. */
  day: number;
  status: 'pending' | 'settled' | 'cancelled' | 'reversed' | 'capped';
  subjectKind: string | null;
  subjectId: string | null;
  /** The mint into the pending account (null for a capped award). */
  grantTransferId: string | null;
  settleTransferId: string | null;
  /** The compensating transfer of a reversal (or the deduction when the balance no longer covered it). */
  undoTransferId: string | null;
  undoReason: string | null;
  createdAt: number;
  settlesAt: number;
  resolvedAt: number | null;
}

export interface EarningTallyTable {
  memberId: string;
  rule: string;
  day: number;
  amount: number;
}

export interface CheckinTable {
  memberId: string;
  day: number;
  streak: number;
  madeUp: number;
  createdAt: number;
}

export interface MemberXpTable {
  memberId: string;
  xp: number;
  announcedLevel: number;
  updatedAt: number;
}

export interface PointsExpiryNoticeTable {
  memberId: string;
  /** The UTC midnight of the day the points expire. */
  expiresOn: number;
  amount: number;
  createdAt: number;
}

export interface EarningTables {
  earningSettings: EarningSettingsTable;
  pointsAward: PointsAwardTable;
  earningTally: EarningTallyTable;
  checkin: CheckinTable;
  memberXp: MemberXpTable;
  pointsExpiryNotice: PointsExpiryNoticeTable;
}
