import type { CreateSpaceBody, Space, SpaceKind, Tier, UpdateSpaceBody } from '@hearth/contracts';

export type Visibility = 'everyone' | 'tier' | 'private';
export type Posting = 'everyone' | 'tier';

/** What the space form edits. Tier ranks are kept while their option is off, so switching back restores them. */
export interface SpaceValues {
  name: string;
  icon: string;
  description: string;
  kind: SpaceKind;
  /** '' for outside any section. */
  sectionId: string;
  visibility: Visibility;
  viewRank: number;
  posting: Posting;
  postRank: number;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether the icon is at most one emoji or symbol (a flag or a family is one, though several code points). */
export function isSingleIcon(icon: string): boolean {
  return [...graphemes.segment(icon.trim())].length <= 1;
}

/** Tiers a post line can be drawn at: above the visibility line, since a line at or below it limits nobody. */
export function postTierChoices(values: Pick<SpaceValues, 'visibility' | 'viewRank'>, tiers: readonly Tier[]): Tier[] {
  return values.visibility === 'tier' ? tiers.filter((tier) => tier.rank > values.viewRank) : [...tiers];
}

/** Keeps the post line a real choice after the visibility line moves: the next tier up, or everyone. */
export function normaliseValues(values: SpaceValues, tiers: readonly Tier[]): SpaceValues {
  const choices = postTierChoices(values, tiers);
  if (choices.some((tier) => tier.rank === values.postRank)) return values;
  const [lowest] = choices;
  return lowest ? { ...values, postRank: lowest.rank } : { ...values, posting: 'everyone' };
}

export function newSpaceValues(tiers: readonly Tier[]): SpaceValues {
  const top = tiers.at(-1)?.rank ?? 0;
  return {
    name: '',
    icon: '',
    description: '',
    kind: 'discussion',
    sectionId: '',
    visibility: 'everyone',
    viewRank: top,
    posting: 'everyone',
    postRank: top,
  };
}

export function spaceValues(space: Space, tiers: readonly Tier[]): SpaceValues {
  const { minTierRank, postMinTierRank } = space.access;
  const fallback = newSpaceValues(tiers);
  return {
    name: space.name,
    icon: space.icon,
    description: space.description,
    kind: space.kind,
    sectionId: space.sectionId ?? '',
    visibility: space.access.private ? 'private' : minTierRank !== null ? 'tier' : 'everyone',
    viewRank: minTierRank ?? fallback.viewRank,
    posting: postMinTierRank !== null ? 'tier' : 'everyone',
    postRank: postMinTierRank ?? fallback.postRank,
  };
}

function access(values: SpaceValues) {
  return {
    minTierRank: values.visibility === 'tier' ? values.viewRank : null,
    private: values.visibility === 'private',
    postMinTierRank: values.posting === 'tier' ? values.postRank : null,
  };
}

export function createBody(values: SpaceValues): CreateSpaceBody {
  return {
    name: values.name.trim(),
    icon: values.icon.trim(),
    description: values.description,
    kind: values.kind,
    sectionId: values.sectionId || null,
    access: access(values),
  };
}

/** Everything but the kind, which is fixed once the space exists. */
export function updateBody(values: SpaceValues): UpdateSpaceBody {
  const { kind: _kind, ...body } = createBody(values);
  return body;
}

/** The server's field paths, by the form field that shows them. */
export const spaceErrorPaths = {
  name: 'name',
  icon: 'icon',
  description: 'description',
  kind: 'kind',
  sectionId: 'sectionId',
  'access.private': 'visibility',
  'access.minTierRank': 'viewRank',
  'access.postMinTierRank': 'postRank',
} as const;
