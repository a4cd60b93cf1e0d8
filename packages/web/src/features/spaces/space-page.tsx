import { spaceRoutes, type MySpace } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { LayoutGrid, MessageCircle, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'wouter';
import { isApiError } from '../../api/api-error';
import { apiQuery } from '../../api/api-query';
import { paths } from '../../app/routes';
import { useFullHeightShell } from '../../app/shell/full-height';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, Card, EmptyState, Skeleton, SkeletonText } from '../../ui';
import { ChatView } from '../chat/chat-view';
import { SpaceHeader } from './space-header';
import { hasThreads } from './spaces-queries';
import { ThreadComposer } from './thread-composer';
import { ThreadList } from './thread-list';
import { ThreadOrderBar } from './thread-order-bar';
import { orderSearch, parseOrder } from './thread-sort';

/** A chat space: its header, then its live channel filling the rest of the screen. */
function ChatSpaceView({ space }: { space: MySpace }) {
  const { t } = useTranslation('chat');
  useFullHeightShell();
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <div className="shrink-0">
        <SpaceHeader space={space} />
      </div>
      {space.conversationId ? (
        <ChatView key={space.conversationId} conversationId={space.conversationId} />
      ) : (
        <EmptyState icon={<MessageCircle className="size-6" />} title={t('space.unavailable')} />
      )}
    </div>
  );
}

function SpaceView({ space }: { space: MySpace }) {
  const { t } = useTranslation('spaces');
  const [searchParams, setSearchParams] = useSearchParams();
  const order = parseOrder(searchParams, space.kind);
  const [openRequest, setOpenRequest] = useState(0);
  useDocumentTitle(space.name);

  if (!hasThreads(space)) return <ChatSpaceView space={space} />;
  return (
    <div className="flex flex-col gap-6">
      <SpaceHeader space={space} />
      {space.canPost ? (
        <ThreadComposer key={space.id} space={space} openRequest={openRequest} />
      ) : (
        <p className="text-sm text-text-muted">{space.kind === 'announcement' ? t('composer.announcementOnly') : t('composer.readOnly')}</p>
      )}
      <section aria-labelledby="threads-title" className="flex flex-col gap-3">
        <h2 id="threads-title" className="sr-only">
          {t('threads.title')}
        </h2>
        <ThreadOrderBar kind={space.kind} order={order} onChange={(next) => setSearchParams(orderSearch(next), { replace: true })} />
        <ThreadList space={space} order={order} onStartThread={() => setOpenRequest((count) => count + 1)} />
      </section>
    </div>
  );
}

/** /spaces/:id — a space: its header, the thread composer (when the member may post) and its threads, or its chat. */
export default function SpacePage() {
  const { t } = useTranslation(['spaces', 'common']);
  const { id = '' } = useParams<{ id: string }>();
  const errorText = useErrorText();
  const space = useQuery(apiQuery(spaceRoutes.getSpace, { params: { id } }));

  if (space.isPending) {
    return (
      <div className="flex flex-col gap-6" aria-busy="true">
        <span className="sr-only" role="status">
          {t('space.loading')}
        </span>
        <div className="flex items-start gap-4">
          <Skeleton className="size-14 rounded-2xl" />
          <span className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-8 w-1/2" />
            <Skeleton className="h-4 w-3/4" />
          </span>
        </div>
        <Card>
          <SkeletonText lines={3} />
        </Card>
      </div>
    );
  }
  if (space.isError) {
    if (isApiError(space.error) && (space.error.status === 404 || space.error.status === 403)) {
      return (
        <EmptyState
          icon={<LayoutGrid className="size-6" />}
          titleAs="h1"
          title={t('space.notFoundTitle')}
          action={
            <Link href={paths.spaces} className={buttonClass({ variant: 'secondary' })}>
              {t('space.allSpaces')}
            </Link>
          }
        >
          {t('space.notFoundBody')}
        </EmptyState>
      );
    }
    return (
      <Alert tone="danger" title={t('space.loadFailed')}>
        <p>{errorText(space.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void space.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  return <SpaceView space={space.data.space} />;
}
