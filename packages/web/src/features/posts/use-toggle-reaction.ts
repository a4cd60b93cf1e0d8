import { postRoutes, type ReactionCount } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { patchComment, patchThread, threadKey, toggledReactions, type ThreadData } from './post-cache';

interface Toggle {
  target: 'post' | 'comment';
  id: string;
  emoji: string;
  /** Whether the caller had this reaction before the click (so the click takes it back). */
  mine: boolean;
}

/**
 * Adds or takes back the caller's reaction on the thread or one of its comments: shown at once,
 * then replaced by the server's counts; if the server refuses, the counts go back and a toast says why.
 */
export function useToggleReaction(postId: string) {
  const { t } = useTranslation('spaces');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const setReactions = (target: Toggle['target'], id: string, update: (reactions: ReactionCount[]) => ReactionCount[]) => {
    if (target === 'post')
      patchThread(queryClient, postId, (data) => ({ ...data, post: { ...data.post, reactions: update(data.post.reactions) } }));
    else patchComment(queryClient, postId, id, (comment) => ({ ...comment, reactions: update(comment.reactions) }));
  };

  return useMutation({
    mutationFn: async ({ target, id, emoji, mine }: Toggle) => {
      if (target === 'post') {
        return mine
          ? call(postRoutes.unreactToPost, { params: { id, emoji } })
          : call(postRoutes.reactToPost, { params: { id }, body: { emoji } });
      }
      return mine
        ? call(postRoutes.unreactToComment, { params: { id, emoji } })
        : call(postRoutes.reactToComment, { params: { id }, body: { emoji } });
    },
    onMutate: async ({ target, id, emoji }) => {
      await queryClient.cancelQueries({ queryKey: threadKey(postId) });
      const before = queryClient.getQueryData<ThreadData>(threadKey(postId));
      setReactions(target, id, (reactions) => toggledReactions(reactions, emoji));
      return { before };
    },
    onError: (error, _toggle, context) => {
      if (context?.before) queryClient.setQueryData(threadKey(postId), context.before);
      toast.show({ tone: 'danger', title: t('reactions.failed'), description: errorText(error) });
    },
    onSuccess: ({ reactions }, { target, id }) => setReactions(target, id, () => reactions),
  });
}
