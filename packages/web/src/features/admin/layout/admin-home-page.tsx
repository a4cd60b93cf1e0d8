import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSignedInMember } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import { PageHeader } from '../../../ui';
import { usePendingCount } from '../shared/use-pending-count';
import { visibleSections } from './admin-sections';
import { PendingCountBadge } from './pending-count-badge';

/** The console's overview: every section the member's role can use, with what it is for. On phones this is the menu. */
export default function AdminHomePage() {
  const { t } = useTranslation('admin');
  const me = useSignedInMember();
  const pending = usePendingCount();
  useDocumentTitle(t('home.title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('home.title')} description={t(`home.description.${me.role === 'moderator' ? 'moderator' : 'admin'}`)} />
      <ul aria-label={t('home.sectionsLabel')} className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3">
        {visibleSections(me.role).map((section) => {
          const Icon = section.icon;
          return (
            <li key={section.id} className="flex min-w-0">
              <Link
                href={section.path}
                className="flex min-h-20 min-w-0 flex-1 items-center gap-4 rounded-2xl border border-border bg-surface p-4 shadow-card transition-colors hover:border-border-strong hover:bg-surface-muted"
              >
                <span
                  className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-accent-soft text-accent-text"
                  aria-hidden="true"
                >
                  <Icon className="size-5" />
                </span>
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="flex items-center gap-2 font-semibold">
                    {t(`sections.${section.id}.title`)}
                    {section.id === 'applications' && pending && <PendingCountBadge {...pending} />}
                  </span>
                  <span className="text-sm text-text-muted">{t(`sections.${section.id}.description`)}</span>
                </span>
                <ChevronRight className="size-5 shrink-0 text-text-muted" aria-hidden="true" />
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
