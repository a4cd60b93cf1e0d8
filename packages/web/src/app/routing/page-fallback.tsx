import { useTranslation } from 'react-i18next';
import { Skeleton, SkeletonText } from '../../ui';

/** What a page looks like while its code or data is on the way. */
export function PageFallback() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4 p-1" aria-busy="true">
      <span className="sr-only" role="status">
        {t('status.loading')}
      </span>
      <Skeleton className="h-8 w-1/2" />
      <SkeletonText lines={4} />
    </div>
  );
}
