import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSignedInMember } from '../../../app/session/session-context';
import { cn } from '../../../ui';
import { usePendingCount } from '../shared/use-pending-count';
import { PendingCountBadge } from './pending-count-badge';
import { sectionAt, visibleSections } from './admin-sections';

/** The console's sections for wide screens: a sticky list beside the page, the current one marked. */
export function AdminSubNav({ className }: { className?: string }) {
  const { t } = useTranslation('admin');
  const [location] = useLocation();
  const me = useSignedInMember();
  const current = sectionAt(location);
  const pending = usePendingCount();
  return (
    <nav aria-label={t('nav.label')} className={cn('sticky top-8 self-start', className)}>
      <p className="mb-2 px-3 text-xs font-semibold tracking-wide text-text-muted uppercase">{t('nav.title')}</p>
      <ul className="flex flex-col gap-0.5">
        {visibleSections(me.role).map((section) => {
          const isCurrent = current?.id === section.id;
          const Icon = section.icon;
          return (
            <li key={section.id}>
              <Link
                href={section.path}
                aria-current={isCurrent ? 'page' : undefined}
                className={cn(
                  'flex min-h-10 items-center gap-2.5 rounded-lg px-3 text-sm font-medium transition-colors',
                  isCurrent ? 'bg-accent-soft text-accent-text' : 'text-text-muted hover:bg-surface-muted hover:text-text',
                )}
              >
                <Icon className="size-4 shrink-0" aria-hidden="true" />
                <span className="min-w-0 flex-1 truncate">{t(`sections.${section.id}.title`)}</span>
                {section.id === 'applications' && pending && <PendingCountBadge {...pending} />}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
