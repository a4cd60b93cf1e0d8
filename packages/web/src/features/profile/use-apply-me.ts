import { memberRoutes, type Me } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { routeKey } from '../../api/api-query';
import { meQuery } from '../../api/session';

/**
 * After the server changed the signed-in member: use its answer as the session's member at
 * once, and refresh the profiles and directory pages that show them.
 */
export function useApplyMe(): (member: Me) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (member: Me) => {
      queryClient.setQueryData(meQuery.queryKey, member);
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.member) });
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.directory) });
    },
    [queryClient],
  );
}
