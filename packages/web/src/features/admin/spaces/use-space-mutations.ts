import { spaceRoutes, type MySpace, type SpaceList } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { refreshSpaces } from '../../spaces/spaces-queries';
import { endPosition, positionsAfterMove, withPositions } from './space-order';
import { createBody, updateBody, type SpaceValues } from './space-values';

/** Space edits (admins); each refreshes the spaces everywhere, the member sidebar included. */
export function useSpaceMutations() {
  const queryClient = useQueryClient();
  const listKey = routeKey(spaceRoutes.listSpaces);
  const refresh = () => refreshSpaces(queryClient);

  const create = useMutation({
    mutationFn: (values: SpaceValues) => call(spaceRoutes.createSpace, { body: createBody(values) }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ space, values }: { space: MySpace; values: SpaceValues }) => {
      const body = updateBody(values);
      const list = queryClient.getQueryData<SpaceList>(listKey);
      const sectionId = body.sectionId ?? null;
      // A space moved to another section goes to its end rather than wherever its old position falls.
      const position = list && sectionId !== space.sectionId ? { position: endPosition(list, sectionId) } : {};
      return call(spaceRoutes.updateSpace, { params: { id: space.id }, body: { ...body, ...position } });
    },
    onSuccess: (_result, { space }) => refreshSpaces(queryClient, space.id),
  });
  const archive = useMutation({
    mutationFn: (space: MySpace) => call(spaceRoutes.archiveSpace, { params: { id: space.id } }),
    // Not awaited: the refetch unmounts the row, and the caller's own onSuccess (its toast) would then be skipped.
    onSuccess: () => {
      void refresh();
    },
  });
  const move = useMutation({
    mutationFn: ({ group, index, direction }: { group: MySpace[]; index: number; direction: -1 | 1 }) =>
      Promise.all(
        positionsAfterMove(group, index, direction).map(({ id, position }) =>
          call(spaceRoutes.updateSpace, { params: { id }, body: { position } }),
        ),
      ),
    onMutate: async ({ group, index, direction }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const before = queryClient.getQueryData<SpaceList>(listKey);
      if (before)
        queryClient.setQueryData(listKey, { ...before, spaces: withPositions(before.spaces, positionsAfterMove(group, index, direction)) });
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) queryClient.setQueryData(listKey, context.before);
    },
    onSettled: refresh,
  });
  return { create, update, archive, move };
}
