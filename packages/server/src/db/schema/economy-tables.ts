/** The economy's tables (migration 0017; modules/economy). Amounts are integers, as in the ledger. */

export interface TipTable {
  id: string;
  transferId: string;
  targetKind: 'post' | 'comment' | 'message';
  targetId: string;
  /** The thread of a tipped post or comment; null for messages. */
  postId: string | null;
  conversationId: string | null;
  /** Null once the member was erased. */
  tipperId: string | null;
  recipientId: string | null;
  assetId: string;
  amount: number;
  createdAt: number;
}

export interface TipTallyTable {
  tipperId: string;
  /** `*` for the tipper's total of the day, else the recipient's member id. */
  recipientKey: string;
  assetId: string;
  /** UTC day: days since the epoch. */
  day: number;
  amount: number;
}

export interface EconomySettingsTable {
  id: number;
  tipDailyCap: number;
  tipPairDailyCap: number;
  updatedAt: number;
}

export interface EconomyTables {
  tip: TipTable;
  tipTally: TipTallyTable;
  economySettings: EconomySettingsTable;
}
