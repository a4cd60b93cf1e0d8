import { memberRoutes, systemRoutes, type AdminMember } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';

export interface BulkFailure {
  member: AdminMember;
  message: string;
}

export interface BulkResult {
  movedIds: string[];
  failures: BulkFailure[];
}

/**
 * Moves the chosen members to one tier, one request each (the server checks the rank rules
 * per member), and reports who moved and who could not be moved and why.
 */
export function useBulkTierChange() {
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  return useMutation({
    mutationFn: async ({ members, tierId, reason }: { members: AdminMember[]; tierId: string; reason: string }): Promise<BulkResult> => {
      const result: BulkResult = { movedIds: [], failures: [] };
      for (const member of members) {
        try {
          await call(memberRoutes.adminUpdateMember, {
            params: { id: member.id },
            body: { tierId, ...(reason.trim() ? { reason: reason.trim() } : {}) },
          });
          result.movedIds.push(member.id);
        } catch (error) {
          result.failures.push({ member, message: errorText(error) });
        }
      }
      return result;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.adminMembers) });
      void queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.adminTiers) });
      void queryClient.invalidateQueries({ queryKey: routeKey(systemRoutes.community) });
    },
  });
}
