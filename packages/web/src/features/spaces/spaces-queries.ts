import { memberRoutes, postRoutes, spaceRoutes, type MySpace, type SpaceList, type SpaceSection } from '@hearth/contracts';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';

/**
 * GET /api/spaces: the sidebar's sections and spaces with unread counts. Fresh for a short
 * while, refetched when the window regains focus and every minute while the app is open.
 */
export const spacesQuery = {
  ...apiQuery(spaceRoutes.listSpaces),
  staleTime: 15_000,
  refetchOnWindowFocus: true,
  refetchInterval: 60_000,
} as const;

export function useSpaces() {
  return useQuery(spacesQuery);
}

/** Tier names by rank (GET /api/tiers), for "VIP and above" hints. */
export function useTierNames(): Map<number, string> {
  const tiers = useQuery({ ...apiQuery(memberRoutes.tiers), staleTime: 5 * 60_000 });
  return new Map((tiers.data?.items ?? []).map((tier) => [tier.rank, tier.name]));
}

/** After a post, a reply, joining, muting or marking read: unread counts and thread lists are stale. */
export function refreshSpaces(queryClient: QueryClient, spaceId?: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(spaceRoutes.listSpaces) }),
    spaceId ? queryClient.invalidateQueries({ queryKey: routeKey(spaceRoutes.getSpace, { params: { id: spaceId } }) }) : null,
    spaceId
      ? queryClient.invalidateQueries({ queryKey: [...routeKey(postRoutes.listPosts), 'pages', spaceId] })
      : queryClient.invalidateQueries({ queryKey: routeKey(postRoutes.listPosts) }),
  ]);
}

/** Puts a space the server just answered with into every cache that shows it. */
export function storeSpace(queryClient: QueryClient, space: MySpace): void {
  queryClient.setQueryData(routeKey(spaceRoutes.getSpace, { params: { id: space.id } }), { space });
  queryClient.setQueryData<SpaceList>(routeKey(spaceRoutes.listSpaces), (list) =>
    list ? { ...list, spaces: list.spaces.map((item) => (item.id === space.id ? space : item)) } : list,
  );
}

export interface SpaceGroup {
  /** null: spaces outside any section, listed first without a heading. */
  section: SpaceSection | null;
  spaces: MySpace[];
}

/** Sections in their order, each with its spaces in order; empty sections are left out unless asked for. */
export function groupSpaces(list: SpaceList, options: { keepEmpty?: boolean } = {}): SpaceGroup[] {
  const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;
  const spaces = [...list.spaces].sort(byPosition);
  const known = new Set(list.sections.map((section) => section.id));
  const groups: SpaceGroup[] = [
    { section: null, spaces: spaces.filter((space) => space.sectionId === null || !known.has(space.sectionId)) },
    ...[...list.sections]
      .sort(byPosition)
      .map((section) => ({ section, spaces: spaces.filter((space) => space.sectionId === section.id) })),
  ];
  return groups.filter((group) => group.spaces.length > 0 || (options.keepEmpty && group.section !== null));
}

/** Whether a space can hold threads (chat spaces hold a live channel instead). */
export function hasThreads(space: Pick<MySpace, 'kind'>): boolean {
  return space.kind !== 'chat';
}
