import { memberRoutes, systemRoutes, type AdminMember } from '@hearth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';

export type Decision = 'approve' | 'decline';

/** Approves or declines a pending application; the server mails the applicant the outcome. */
export async function decideApplication(id: string, decision: Decision, reason: string): Promise<AdminMember> {
  const route = decision === 'approve' ? memberRoutes.approveMember : memberRoutes.declineMember;
  const trimmed = reason.trim();
  const { member } = await call(route, { params: { id }, body: trimmed ? { reason: trimmed } : {} });
  return member;
}

/** After a decision: member lists, the pending count, the member's history and the community's member count are stale. */
export function refreshAfterDecision(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.adminMembers) }),
    queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.memberHistory) }),
    queryClient.invalidateQueries({ queryKey: routeKey(systemRoutes.community) }),
  ]);
}
