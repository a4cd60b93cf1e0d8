import type { Me } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { isAwaitingApproval, safeNext } from '../routing/access';
import { forgetMemberData } from './session-cache';

/**
 * What every way of signing in does next: remember the member, drop stale data, and go to
 * `next` (if it is one of our paths), the application status while awaiting approval, or home.
 */
export function useSignedIn(): (member: Me, next?: string | null) => void {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  return useCallback(
    (member: Me, next?: string | null) => {
      forgetMemberData(queryClient, member);
      const target = isAwaitingApproval(member) ? '/application-status' : (safeNext(next) ?? '/');
      navigate(target, { replace: true });
    },
    [queryClient, navigate],
  );
}
