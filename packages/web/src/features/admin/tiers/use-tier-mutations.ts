import { memberRoutes, systemRoutes, type Tier } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';

export type TierPatch = { name?: string; description?: string; perks?: string[]; isDefault?: true };

/** Tier edits (owner only); each refreshes the tier list and the community's tier names. */
export function useTierMutations() {
  const queryClient = useQueryClient();
  const tiersKey = routeKey(memberRoutes.adminTiers);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: tiersKey }),
      queryClient.invalidateQueries({ queryKey: routeKey(systemRoutes.community) }),
      queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.tiers) }),
    ]);

  const create = useMutation({
    mutationFn: (body: { name: string; description: string; perks: string[] }) => call(memberRoutes.createTier, { body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TierPatch }) => call(memberRoutes.updateTier, { params: { id }, body: patch }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(memberRoutes.deleteTier, { params: { id } }),
    onSuccess: refresh,
  });
  const reorder = useMutation({
    mutationFn: (tiers: Tier[]) => call(memberRoutes.reorderTiers, { body: { ids: tiers.map((tier) => tier.id) } }),
    onMutate: async (tiers) => {
      await queryClient.cancelQueries({ queryKey: tiersKey });
      const before = queryClient.getQueryData<{ items: Tier[] }>(tiersKey);
      queryClient.setQueryData(tiersKey, { items: tiers.map((tier, rank) => ({ ...tier, rank })) });
      return { before };
    },
    onError: (_error, _tiers, context) => {
      if (context?.before) queryClient.setQueryData(tiersKey, context.before);
    },
    onSettled: refresh,
  });
  return { create, update, remove, reorder };
}
