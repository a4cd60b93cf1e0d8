import { postRoutes, type Post } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Bookmark, BookmarkCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { ActionButton } from './item-actions';
import { storePost } from './post-cache';

/** Bookmarks the thread or takes the bookmark back: shown at once, rolled back if the server refuses. */
export function BookmarkButton({ post }: { post: Post }) {
  const { t } = useTranslation('spaces');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const toggle = useMutation({
    mutationFn: (on: boolean) =>
      on ? call(postRoutes.bookmarkPost, { params: { id: post.id } }) : call(postRoutes.unbookmarkPost, { params: { id: post.id } }),
    onMutate: (on) => storePost(queryClient, { ...post, bookmarked: on }),
    onSuccess: ({ bookmarked }) => {
      toast.show({ tone: 'success', title: bookmarked ? t('bookmarks.added') : t('bookmarks.removed') });
      void queryClient.invalidateQueries({ queryKey: routeKey(postRoutes.myBookmarks) });
    },
    onError: (error, on) => {
      storePost(queryClient, { ...post, bookmarked: !on });
      toast.show({ tone: 'danger', title: errorText(error) });
    },
  });
  const Icon = post.bookmarked ? BookmarkCheck : Bookmark;
  return (
    <ActionButton
      isPressed={post.bookmarked}
      isDisabled={toggle.isPending}
      icon={<Icon className="size-4" aria-hidden="true" />}
      onClick={() => toggle.mutate(!post.bookmarked)}
    >
      {t('bookmarks.toggle')}
    </ActionButton>
  );
}
