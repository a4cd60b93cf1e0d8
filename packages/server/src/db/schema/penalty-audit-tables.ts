/** Tables of penalties, appeals (modules/moderation/penalties) and the audit log (migration 0022). */

export interface ModerationPenaltyTable {
  id: string;
  memberId: string;
  moderatorId: string | null;
  kind: 'warn' | 'mute' | 'ban';
  startsAt: number;
  endsAt: number | null;
  templateId: string | null;
  templateLabel: string | null;
  reason: string;
  holdId: string | null;
  pointsDeducted: number;
  pointsTransferId: string | null;
  ladderStep: number | null;
  liftedAt: number | null;
  liftedBy: string | null;
  liftKind: 'lifted' | 'overturned' | null;
  liftReason: string | null;
  createdAt: number;
}

export interface ModerationAppealTable {
  id: string;
  penaltyId: string;
  memberId: string;
  text: string;
  status: 'pending' | 'upheld' | 'overturned';
  decidedBy: string | null;
  decisionReason: string | null;
  decidedAt: number | null;
  createdAt: number;
}

export interface ModerationPenaltyPolicyTable {
  id: number;
  policy: string;
  updatedAt: number;
}

/** `before` / `after` are JSON objects (text), validated on read. */
export interface AuditEntryTable {
  id: string;
  actorId: string | null;
  action: string;
  targetKind: string;
  targetId: string | null;
  reason: string | null;
  before: string | null;
  after: string | null;
  createdAt: number;
}

export interface PenaltyAuditTables {
  moderationPenalty: ModerationPenaltyTable;
  moderationAppeal: ModerationAppealTable;
  moderationPenaltyPolicy: ModerationPenaltyPolicyTable;
  auditEntry: AuditEntryTable;
}
