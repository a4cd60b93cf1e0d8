import type { MySpace } from '@hearth/contracts';

export type SpaceAccessKind = 'private' | 'tier' | 'everyone';

/** Who can see a space, in one word: private (members added), a tier and above, or everyone. */
export function accessKind(space: Pick<MySpace, 'access'>): SpaceAccessKind {
  if (space.access.private) return 'private';
  if (space.access.minTierRank !== null) return 'tier';
  return 'everyone';
}
