import { postRoutes, type Bookmark } from '@hearth/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Bookmark as BookmarkIcon, MessageSquare, RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, Card, EmptyState, LoadMore, PageHeader, SkeletonText } from '../../ui';

function BookmarkItem({ bookmark }: { bookmark: Bookmark }) {
  const { t } = useTranslation('spaces');
  const format = useFormat();
  const { post, comment } = bookmark;
  const href = comment ? `${paths.post(post.id)}#comment-${comment.id}` : paths.post(post.id);
  return (
    <li>
      <Card className="flex flex-col gap-1.5">
        <Link href={href} className="text-lg leading-snug font-semibold break-words hover:underline">
          {post.title}
        </Link>
        {comment ? (
          <p className="flex items-start gap-1.5 text-text-muted">
            <MessageSquare className="mt-1 size-4 shrink-0" aria-hidden="true" />
            <span className="min-w-0 break-words">
              {t('bookmarks.commentBy', { name: comment.author.displayName })} {comment.excerpt}
            </span>
          </p>
        ) : (
          <p className="line-clamp-2 break-words text-text-muted">{post.excerpt}</p>
        )}
        <p className="text-sm text-text-muted">
          {t('bookmarks.savedAt', { time: format.relative(bookmark.bookmarkedAt) })} · {post.author.displayName}
        </p>
      </Card>
    </li>
  );
}

/** /bookmarks — the member's saved threads and comments, newest first, of what they may still read. */
export default function BookmarksPage() {
  const { t } = useTranslation(['spaces', 'common']);
  const errorText = useErrorText();
  useDocumentTitle(t('bookmarks.title'));
  const bookmarks = useInfiniteQuery({
    queryKey: routeKey(postRoutes.myBookmarks),
    queryFn: ({ pageParam, signal }) => call(postRoutes.myBookmarks, { query: pageParam ? { cursor: pageParam } : {}, signal }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = bookmarks.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('bookmarks.title')} description={t('bookmarks.description')} />
      {bookmarks.isPending ? (
        <div aria-busy="true" className="flex flex-col gap-3">
          <span className="sr-only" role="status">
            {t('bookmarks.loading')}
          </span>
          <Card>
            <SkeletonText lines={3} />
          </Card>
        </div>
      ) : bookmarks.isError ? (
        <Alert tone="danger" title={t('bookmarks.loadFailed')}>
          <p>{errorText(bookmarks.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void bookmarks.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<BookmarkIcon className="size-6" />}
          title={t('bookmarks.emptyTitle')}
          action={
            <Link href={paths.spaces} className={buttonClass({ variant: 'secondary' })}>
              {t('space.allSpaces')}
            </Link>
          }
        >
          {t('bookmarks.emptyBody')}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t('bookmarks.listLabel')}>
          {items.map((bookmark) => (
            <BookmarkItem key={bookmark.id} bookmark={bookmark} />
          ))}
        </ul>
      )}
      {bookmarks.hasNextPage && (
        <LoadMore
          label={t('bookmarks.loadMore')}
          isLoading={bookmarks.isFetchingNextPage}
          onLoadMore={() => void bookmarks.fetchNextPage()}
        />
      )}
    </div>
  );
}
