import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../api/api-query';

/** GET /api/invites/:code when there is a code; failures are tolerated (the server checks on register). */
export function useInvitePreview(code: string | null) {
  return useQuery({ ...apiQuery(memberRoutes.invitePreview, { params: { code: code ?? '' } }), enabled: Boolean(code), retry: false });
}

export type InvitePreviewQuery = ReturnType<typeof useInvitePreview>;
