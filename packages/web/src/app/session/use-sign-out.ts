import { identityRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { closeRealtime } from '../../api/realtime';
import { forgetMemberData } from './session-cache';

/** Ends the session on the server, closes the realtime socket, forgets the member's cached data and goes to sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: () => call(identityRoutes.logout),
    onSettled: () => {
      closeRealtime();
      forgetMemberData(queryClient, null);
      navigate('/login', { replace: true });
    },
  });
}
