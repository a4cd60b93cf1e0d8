import { systemRoutes, type Community, type RouteBody } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { communityQuery } from '../../../api/session';

type CommunityPatch = RouteBody<typeof systemRoutes.updateCommunity>;

/** PATCH /api/admin/community; the answer replaces the cached community, so the whole app (name, accent) follows at once. */
export function useUpdateCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CommunityPatch) => call(systemRoutes.updateCommunity, { body: patch }),
    onSuccess: (community: Community) => queryClient.setQueryData(communityQuery.queryKey, community),
  });
}
