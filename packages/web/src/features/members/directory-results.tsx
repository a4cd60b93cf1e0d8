import type { MemberSummary } from '@hearth/contracts';
import { RotateCw, SearchX, UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, cn, EmptyState, LoadMore } from '../../ui';
import { MemberCard, MemberCardSkeleton } from './member-card';

interface DirectoryResultsProps {
  members: readonly MemberSummary[];
  meId: string;
  query: string;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  /** Previous results shown while a new search loads. */
  isStale: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
  onClearSearch: () => void;
}

/** The directory's cards, or skeletons, an error with a retry, or an empty state that says what to do. */
export function DirectoryResults(props: DirectoryResultsProps) {
  const { members, meId, query, status, isStale, hasMore } = props;
  const { t } = useTranslation(['members', 'common']);
  const errorText = useErrorText();

  if (status === 'pending') {
    return (
      <div className="grid gap-3 sm:grid-cols-2" aria-busy="true">
        <span className="sr-only" role="status">
          {t('directory.loading')}
        </span>
        {Array.from({ length: 6 }, (_, index) => (
          <MemberCardSkeleton key={index} />
        ))}
      </div>
    );
  }
  if (status === 'error' && members.length === 0) {
    return (
      <Alert tone="danger" title={t('directory.loadFailed')}>
        <p>{errorText(props.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={props.onRetry}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  if (members.length === 0 && query) {
    return (
      <EmptyState
        icon={<SearchX className="size-6" />}
        title={t('directory.noMatchTitle', { query })}
        action={
          <Button variant="secondary" onClick={props.onClearSearch}>
            {t('directory.clear')}
          </Button>
        }
      >
        {t('directory.noMatchBody')}
      </EmptyState>
    );
  }
  const isAlone = !query && !hasMore && members.every((member) => member.id === meId);

  return (
    <div className="flex flex-col gap-4">
      <p className="sr-only" role="status">
        {query ? t('directory.matchCount', { count: members.length, query }) : ''}
      </p>
      <ul className={cn('grid gap-3 transition-opacity sm:grid-cols-2', isStale && 'opacity-60')} aria-busy={isStale || undefined}>
        {members.map((member) => (
          <li key={member.id} className="min-w-0">
            <MemberCard member={member} isMe={member.id === meId} />
          </li>
        ))}
      </ul>
      {isAlone && (
        <EmptyState icon={<UserPlus className="size-6" />} title={t('directory.aloneTitle')} isCompact>
          {t('directory.aloneBody')}
        </EmptyState>
      )}
      {hasMore && !isStale && <LoadMore onLoadMore={props.onLoadMore} isLoading={props.isLoadingMore} label={t('directory.loadMore')} />}
      {status === 'error' && <Alert tone="danger">{errorText(props.error)}</Alert>}
    </div>
  );
}
