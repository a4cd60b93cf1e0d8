import type { ChipRequest } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../../platform/clock.js';
import type { EconomyDeps } from '../economy.deps.js';
import type { ChipRequestRow } from './chips.repository.js';

/** Requests as the API shows them, each with its member's name and avatar. */
export async function toChipRequests(deps: EconomyDeps, rows: readonly ChipRequestRow[]): Promise<ChipRequest[]> {
  const refs = await deps.members.refs(rows.map((r) => r.memberId).filter((id): id is string => id !== null));
  return rows.map((r) => ({
    id: r.id,
    member: r.memberId ? (refs.get(r.memberId) ?? null) : null,
    code: r.code,
    name: r.name,
    icon: r.icon,
    description: r.description,
    supplyCap: Number(r.supplyCap),
    dailyMintLimit: Number(r.dailyMintLimit),
    status: r.status,
    decisionReason: r.decisionReason,
    decidedAt: toIsoOrNull(r.decidedAt),
    assetId: r.assetId,
    createdAt: toIso(r.createdAt),
  }));
}
