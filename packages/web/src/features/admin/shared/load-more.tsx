import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';

/** The next page of a cursor-paged list, on request. Nothing when there is no next page. */
export function LoadMore({ hasMore, isLoading, onLoad }: { hasMore: boolean; isLoading: boolean; onLoad: () => void }) {
  const { t } = useTranslation('admin');
  if (!hasMore) return null;
  return (
    <div className="flex justify-center">
      <Button variant="secondary" onClick={onLoad} isLoading={isLoading}>
        {t('list.loadMore')}
      </Button>
    </div>
  );
}
