/** The chips' tables (migration 0019; modules/economy chips). The chips themselves are ledger assets. */

export interface ChipSettingsTable {
  id: number;
  issuanceMode: 'off' | 'open' | 'approval';
  minTierRank: number;
  updatedAt: number;
}

export interface ChipRequestTable {
  id: string;
  /** Null once the member was erased. */
  memberId: string | null;
  code: string;
  name: string;
  icon: string | null;
  description: string;
  supplyCap: number;
  dailyMintLimit: number;
  status: 'pending' | 'approved' | 'declined';
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  assetId: string | null;
  createdAt: number;
}

export interface ChipActionTable {
  id: string;
  assetId: string;
  action: 'issued' | 'frozen' | 'unfrozen';
  actorId: string | null;
  reason: string;
  createdAt: number;
}

export interface ChipTables {
  chipSettings: ChipSettingsTable;
  chipRequest: ChipRequestTable;
  chipAction: ChipActionTable;
}
