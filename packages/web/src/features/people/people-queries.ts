import { peopleRoutes, type Relationship } from '@hearth/contracts';
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';

const PAGE_SIZE = 20;

export function relationshipQuery(memberId: string) {
  return apiQuery(peopleRoutes.relationship, { params: { id: memberId } });
}

/** Every list a change of follows or blocks can alter, refetched when next shown. */
function refreshPeopleLists(queryClient: QueryClient) {
  return Promise.all(
    [
      peopleRoutes.listFollowers,
      peopleRoutes.listFollowing,
      peopleRoutes.myFriends,
      peopleRoutes.myBlocks,
      peopleRoutes.memberActivity,
    ].map((route) => queryClient.invalidateQueries({ queryKey: routeKey(route) })),
  );
}

export type RelationshipChange = 'follow' | 'unfollow' | 'block' | 'unblock';

const changeRoutes = {
  follow: peopleRoutes.followMember,
  unfollow: peopleRoutes.unfollowMember,
  block: peopleRoutes.blockMember,
  unblock: peopleRoutes.unblockMember,
} as const;

/**
 * Follow, unfollow, block or unblock one member. The answer is the new relationship, put
 * straight into the profile's cache; the lists it may change are refreshed.
 */
export function useChangeRelationship(memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RelationshipChange) => call(changeRoutes[change], { params: { id: memberId } }),
    onSuccess: ({ relationship }: { relationship: Relationship }) => {
      queryClient.setQueryData(relationshipQuery(memberId).queryKey, { relationship });
      void refreshPeopleLists(queryClient);
    },
  });
}

export type PeopleListKind = 'followers' | 'following' | 'friends';

/** Followers or followings of a member, or the caller's friends, page after page. */
export function usePeopleList(kind: PeopleListKind, memberId: string) {
  return useInfiniteQuery({
    queryKey: [
      ...routeKey(
        kind === 'followers' ? peopleRoutes.listFollowers : kind === 'following' ? peopleRoutes.listFollowing : peopleRoutes.myFriends,
      ),
      memberId,
      'pages',
    ],
    queryFn: ({ pageParam, signal }) => {
      const query = { limit: PAGE_SIZE, cursor: pageParam ?? undefined };
      if (kind === 'friends') return call(peopleRoutes.myFriends, { query, signal });
      return call(kind === 'followers' ? peopleRoutes.listFollowers : peopleRoutes.listFollowing, {
        params: { id: memberId },
        query,
        signal,
      });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** A member's recent threads and replies, page after page. */
export function useMemberActivity(memberId: string) {
  return useInfiniteQuery({
    queryKey: [...routeKey(peopleRoutes.memberActivity), memberId, 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(peopleRoutes.memberActivity, { params: { id: memberId }, query: { limit: 10, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The members the caller blocks, page after page. */
export function useBlockedMembers() {
  return useInfiniteQuery({
    queryKey: [...routeKey(peopleRoutes.myBlocks), 'pages'],
    queryFn: ({ pageParam, signal }) =>
      call(peopleRoutes.myBlocks, { query: { limit: PAGE_SIZE, cursor: pageParam ?? undefined }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
