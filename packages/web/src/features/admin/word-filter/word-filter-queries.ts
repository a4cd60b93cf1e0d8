import { moderationRoutes as r, type FilterAction, type FilterCategory, type FilterList } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiQuery, routeKey } from '../../../api/api-query';
import { buildPath, call } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';

/** Every word of the filter (the page filters them itself: lists are at most a few thousand rows). */
export const useFilterWords = () => useQuery(apiQuery(r.listFilterWords));
export const useAllowedPhrases = () => useQuery(apiQuery(r.listAllowedPhrases));

/** After any change: both lists again (the version moved for both). */
function useRefreshLists() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: routeKey(r.listFilterWords) }),
      queryClient.invalidateQueries({ queryKey: routeKey(r.listAllowedPhrases) }),
    ]);
}

export function useAddWord() {
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (word: { word: string; action: FilterAction; category: FilterCategory }) =>
      call(r.addFilterWords, { body: { words: [word] }, idempotencyKey: newIdempotencyKey() }),
    onSuccess: refresh,
  });
}

export function useRemoveWord() {
  const refresh = useRefreshLists();
  return useMutation({ mutationFn: (id: string) => call(r.removeFilterWord, { params: { id } }), onSettled: refresh });
}

export function useAddAllowed() {
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (phrase: string) => call(r.addAllowedPhrases, { body: { phrases: [phrase] }, idempotencyKey: newIdempotencyKey() }),
    onSuccess: refresh,
  });
}

export function useRemoveAllowed() {
  const refresh = useRefreshLists();
  return useMutation({ mutationFn: (id: string) => call(r.removeAllowedPhrase, { params: { id } }), onSettled: refresh });
}

export function useImportWords() {
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (body: { list: FilterList; category: FilterCategory; text: string }) =>
      call(r.importFilterWords, { body, idempotencyKey: newIdempotencyKey() }),
    onSuccess: refresh,
  });
}

export function useCheckText() {
  return useMutation({ mutationFn: (text: string) => call(r.checkText, { body: { text } }) });
}

/** Where a list downloads from (a plain link: the session cookie goes along). */
export const exportUrl = (list: FilterList, category?: FilterCategory) =>
  buildPath(r.exportFilterWords.path, undefined, { list, ...(category ? { category } : {}) });
