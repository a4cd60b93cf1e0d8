import type { MySpace, SpaceSection } from '@hearth/contracts';
import { toIso, toIsoOrNull } from '../../platform/clock.js';
import type { SpaceMemberRow, SpaceRow, SpaceSectionRow } from './spaces.repository.js';

export function toSection(row: SpaceSectionRow): SpaceSection {
  return { id: row.id, name: row.name, position: row.position };
}

/** A space as one member sees it; `abilities` come from spaces.policy. */
export function toMySpace(
  row: SpaceRow,
  membership: SpaceMemberRow | undefined,
  abilities: { canPost: boolean; canModerate: boolean },
): MySpace {
  const joined = membership !== undefined;
  const muted = membership?.muted === 1;
  return {
    id: row.id,
    sectionId: row.sectionId,
    name: row.name,
    description: row.description,
    icon: row.icon,
    kind: row.kind as MySpace['kind'],
    access: { minTierRank: row.minTierRank, private: row.private === 1, postMinTierRank: row.postMinTierRank },
    position: row.position,
    conversationId: row.conversationId,
    createdAt: toIso(row.createdAt),
    joined,
    muted,
    canPost: abilities.canPost,
    canModerate: abilities.canModerate,
    unread: joined && !muted ? Math.max(0, row.activitySeq - membership.readSeq) : 0,
    lastActivityAt: toIsoOrNull(row.lastActivityAt),
  };
}
