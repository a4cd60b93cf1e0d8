/** Economy oversight's tables (migration 0028; modules/oversight). */

export interface EconomyFlagTable {
  id: string;
  kind: 'round_trip' | 'cycle' | 'concentration' | 'many_to_one';
  assetId: string;
  /** Kind and sorted transfer ids: the same pattern is flagged once. */
  fingerprint: string;
  score: number;
  status: 'open' | 'dismissed' | 'actioned';
  /** JSON array of member ids. */
  memberIds: string;
  /** JSON array of transfer ids. */
  transferIds: string;
  amount: number;
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  reason: string | null;
}

export interface OversightSettingsTable {
  id: number;
  membersMayVerify: number;
  updatedAt: number;
}

export interface OversightTables {
  economyFlag: EconomyFlagTable;
  oversightSettings: OversightSettingsTable;
}
