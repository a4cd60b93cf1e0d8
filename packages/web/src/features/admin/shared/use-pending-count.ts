import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../../api/api-query';
import { useSignedInMember } from '../../../app/session/session-context';
import { hasRole } from './staff-role';

const COUNT_LIMIT = 100;

/** How many applications wait (at most "100+"), for admins; null while unknown or for other roles. */
export function usePendingCount(): { count: number; hasMore: boolean } | null {
  const me = useSignedInMember();
  const pending = useQuery({
    ...apiQuery(memberRoutes.adminMembers, { query: { status: 'pending', limit: COUNT_LIMIT } }),
    enabled: hasRole(me.role, 'admin'),
  });
  if (!pending.data) return null;
  return { count: pending.data.items.length, hasMore: pending.data.nextCursor !== null };
}
