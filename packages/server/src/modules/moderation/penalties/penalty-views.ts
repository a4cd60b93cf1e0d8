import type { Appeal, AuthorRef, Penalty, PenaltyState, Restriction } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../../platform/clock.js';
import type { AppealRow, PenaltyRow } from './penalties.repository.js';

const unknownRef = (id: string | null): AuthorRef => ({ id: id ?? 'deleted', displayName: '', avatarUrl: null });

/** Where a penalty stands at `now`: a mute ending at t is `ended` from t on, exactly. */
export function stateOf(row: PenaltyRow, now: number): PenaltyState {
  if (row.liftKind === 'overturned') return 'overturned';
  if (row.liftKind === 'lifted') return 'lifted';
  if (row.kind === 'warn') return 'recorded';
  if (row.endsAt !== null && row.endsAt <= now) return 'ended';
  return 'active';
}

/** The reason as members read it: the template's label, then the moderator's words. */
export const reasonText = (row: Pick<PenaltyRow, 'templateLabel' | 'reason'>): string =>
  [row.templateLabel, row.reason].filter((part) => part !== null && part !== '').join(' — ');

export function toAppeal(row: AppealRow, refs: Map<string, AuthorRef>): Appeal {
  return {
    id: row.id,
    penaltyId: row.penaltyId,
    text: row.text,
    status: row.status,
    decidedBy: row.decidedBy ? (refs.get(row.decidedBy) ?? unknownRef(row.decidedBy)) : null,
    decisionReason: row.decisionReason,
    createdAt: toIso(row.createdAt),
    decidedAt: toIsoOrNull(row.decidedAt),
  };
}

export function toPenalty(row: PenaltyRow, appeal: AppealRow | undefined, refs: Map<string, AuthorRef>, now: number): Penalty {
  return {
    id: row.id,
    member: refs.get(row.memberId) ?? unknownRef(row.memberId),
    moderator: refs.get(row.moderatorId ?? '') ?? unknownRef(row.moderatorId),
    kind: row.kind,
    state: stateOf(row, now),
    startsAt: toIso(row.startsAt),
    endsAt: toIsoOrNull(row.endsAt),
    templateId: row.templateId,
    templateLabel: row.templateLabel,
    reason: row.reason,
    holdId: row.holdId,
    pointsDeducted: row.pointsDeducted,
    ladderStep: row.ladderStep,
    liftedAt: toIsoOrNull(row.liftedAt),
    liftReason: row.liftReason,
    appeal: appeal ? toAppeal(appeal, refs) : null,
    createdAt: toIso(row.createdAt),
  };
}

export function toRestriction(row: PenaltyRow): Restriction {
  return { penaltyId: row.id, kind: row.kind === 'ban' ? 'ban' : 'mute', endsAt: toIsoOrNull(row.endsAt), reason: reasonText(row) };
}

/** Every member id a page of penalties and appeals shows (for one refs lookup). */
export function refIds(rows: readonly PenaltyRow[], appeals: Iterable<AppealRow>): string[] {
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.memberId);
    if (row.moderatorId) ids.add(row.moderatorId);
  }
  for (const appeal of appeals) if (appeal.decidedBy) ids.add(appeal.decidedBy);
  return [...ids];
}
