import { ChevronRight, LayoutGrid, RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Card, cn, EmptyState, PageHeader, Skeleton } from '../../ui';
import { SpaceHints, UnreadBadge } from './space-hints';
import { SpaceIcon } from './space-icon';
import { groupSpaces, useSpaces, useTierNames } from './spaces-queries';

/** /spaces: every space the member may see, by section (the phone's "Spaces" tab; the rail lists them on wide screens). */
export default function SpacesPage() {
  const { t } = useTranslation(['spaces', 'common']);
  const spaces = useSpaces();
  const tierNames = useTierNames();
  const errorText = useErrorText();
  useDocumentTitle(t('index.title'));

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('index.title')} description={t('index.description')} />
      {spaces.isPending && (
        <div className="flex flex-col gap-3" aria-busy="true">
          <span className="sr-only" role="status">
            {t('index.loading')}
          </span>
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-16 w-full rounded-2xl" />
          ))}
        </div>
      )}
      {spaces.isError && (
        <Alert tone="danger" title={t('index.loadFailed')}>
          <p>{errorText(spaces.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void spaces.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('common:actions.retry')}
          </Button>
        </Alert>
      )}
      {spaces.data && spaces.data.spaces.length === 0 && (
        <EmptyState icon={<LayoutGrid className="size-6" />} title={t('index.emptyTitle')}>
          {t('index.emptyBody')}
        </EmptyState>
      )}
      {spaces.data &&
        groupSpaces(spaces.data).map((group) => {
          const headingId = `spaces-section-${group.section?.id ?? 'none'}`;
          return (
            <section key={group.section?.id ?? 'none'} aria-labelledby={headingId} className="flex flex-col gap-2">
              <h2 id={headingId} className={cn('text-sm font-semibold text-text-muted', !group.section && 'sr-only')}>
                {group.section?.name ?? t('index.unsectioned')}
              </h2>
              <Card padding="md" className="flex flex-col">
                <ul className="-mx-2 -my-1 flex flex-col">
                  {group.spaces.map((space) => (
                    <li key={space.id}>
                      <Link
                        href={paths.space(space.id)}
                        className={cn(
                          'flex min-h-16 items-center gap-3 rounded-xl px-2 py-2 hover:bg-surface-muted',
                          space.muted && 'text-text-muted',
                        )}
                      >
                        <SpaceIcon icon={space.icon} kind={space.kind} size="md" className={cn(space.muted && 'opacity-60')} />
                        <span className="flex min-w-0 flex-1 flex-col">
                          <span className="flex min-w-0 items-center gap-2">
                            <span className={cn('truncate font-medium', space.unread > 0 && !space.muted && 'font-semibold')}>
                              {space.name}
                            </span>
                            <SpaceHints space={space} tierNames={tierNames} />
                          </span>
                          <span className="truncate text-sm text-text-muted">{space.description || t(`kind.${space.kind}`)}</span>
                        </span>
                        {!space.muted && <UnreadBadge count={space.unread} />}
                        <ChevronRight className="size-5 shrink-0 text-text-muted" aria-hidden="true" />
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            </section>
          );
        })}
    </div>
  );
}
