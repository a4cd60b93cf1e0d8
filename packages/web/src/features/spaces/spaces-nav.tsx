import { RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { paths } from '../../app/routes';
import { cn, Skeleton } from '../../ui';
import { SpaceHints, UnreadBadge } from './space-hints';
import { SpaceIcon } from './space-icon';
import { groupSpaces, useSpaces, useTierNames } from './spaces-queries';

/**
 * The rail's spaces: grouped by section, each with its icon, an unread count, and marks for
 * private, tier-only and muted spaces (muted ones drawn quieter). The heading links to /spaces.
 */
export function SpacesNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const spaces = useSpaces();
  const tierNames = useTierNames();
  const headingId = 'rail-spaces-title';
  return (
    <nav aria-labelledby={headingId} className="flex flex-col gap-1">
      <Link
        href={paths.spaces}
        id={headingId}
        aria-current={location === paths.spaces ? 'page' : undefined}
        className="rounded-md px-3 py-1 text-xs font-semibold tracking-wide text-text-muted uppercase hover:text-text"
      >
        {t('spacesNav.title')}
      </Link>
      {spaces.isPending && (
        <div className="flex flex-col gap-2 px-3 py-1" aria-hidden="true">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-5 w-full" />
          ))}
        </div>
      )}
      {spaces.isError && (
        <button
          type="button"
          onClick={() => void spaces.refetch()}
          className="flex min-h-10 items-center gap-2 rounded-lg px-3 text-left text-sm text-text-muted hover:bg-surface-muted hover:text-text"
        >
          <RotateCw className="size-4 shrink-0" aria-hidden="true" />
          {t('spacesNav.loadFailed')}
        </button>
      )}
      {spaces.data && spaces.data.spaces.length === 0 && <p className="px-3 text-sm text-text-muted">{t('spacesNav.empty')}</p>}
      {spaces.data &&
        groupSpaces(spaces.data).map((group) => (
          <div key={group.section?.id ?? 'none'} className="flex flex-col">
            {group.section && (
              <p className="mt-2 truncate px-3 pb-0.5 text-xs font-medium text-text-muted" id={`rail-section-${group.section.id}`}>
                {group.section.name}
              </p>
            )}
            <ul className="flex flex-col" aria-labelledby={group.section ? `rail-section-${group.section.id}` : undefined}>
              {group.spaces.map((space) => {
                const href = paths.space(space.id);
                const isActive = location === href;
                return (
                  <li key={space.id}>
                    <Link
                      href={href}
                      aria-current={isActive ? 'page' : undefined}
                      className={cn(
                        'flex min-h-10 items-center gap-2.5 rounded-lg px-3 text-sm transition-colors',
                        isActive ? 'bg-accent-soft text-accent-text' : 'hover:bg-surface-muted',
                        !isActive && (space.muted ? 'text-text-muted' : 'text-text'),
                        space.unread > 0 && !space.muted && 'font-semibold',
                      )}
                    >
                      <SpaceIcon icon={space.icon} kind={space.kind} className={cn(space.muted && 'opacity-60')} />
                      <span className="min-w-0 flex-1 truncate">{space.name}</span>
                      <SpaceHints space={space} tierNames={tierNames} />
                      {!space.muted && <UnreadBadge count={space.unread} />}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </nav>
  );
}
