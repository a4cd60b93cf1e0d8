import { spaceRoutes, type SpaceList, type SpaceSection } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { refreshSpaces } from '../../spaces/spaces-queries';
import { positionsAfterMove, withPositions } from './space-order';

/** Sidebar section edits (admins); each refreshes the spaces everywhere, the member sidebar included. */
export function useSectionMutations() {
  const queryClient = useQueryClient();
  const listKey = routeKey(spaceRoutes.listSpaces);
  const refresh = () => refreshSpaces(queryClient);

  const create = useMutation({
    mutationFn: (name: string) => call(spaceRoutes.createSection, { body: { name } }),
    onSuccess: refresh,
  });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => call(spaceRoutes.updateSection, { params: { id }, body: { name } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (section: SpaceSection) => call(spaceRoutes.deleteSection, { params: { id: section.id } }),
    // Not awaited: the refetch unmounts the row, and the caller's own onSuccess (its toast) would then be skipped.
    onSuccess: () => {
      void refresh();
    },
  });
  const move = useMutation({
    mutationFn: ({ sections, index, direction }: { sections: SpaceSection[]; index: number; direction: -1 | 1 }) =>
      Promise.all(
        positionsAfterMove(sections, index, direction).map(({ id, position }) =>
          call(spaceRoutes.updateSection, { params: { id }, body: { position } }),
        ),
      ),
    onMutate: async ({ sections, index, direction }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const before = queryClient.getQueryData<SpaceList>(listKey);
      if (before) {
        queryClient.setQueryData(listKey, {
          ...before,
          sections: withPositions(before.sections, positionsAfterMove(sections, index, direction)),
        });
      }
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) queryClient.setQueryData(listKey, context.before);
    },
    onSettled: refresh,
  });
  return { create, rename, remove, move };
}
