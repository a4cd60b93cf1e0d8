import { ChevronLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useSignedInMember } from '../../../app/session/session-context';
import { adminPaths } from '../admin-paths';
import { hasRole } from '../shared/staff-role';
import { AdminSubNav } from './admin-sub-nav';
import { RoleNotice } from './role-notice';
import { sectionAt } from './admin-sections';

/**
 * Desktop (≥ 1024 px): the sections on the left, the page beside them. Phones and tablets:
 * the overview lists the sections; a section page starts with the way back to that list.
 * A section the member's role cannot use shows why instead of the page.
 */
export function AdminFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation('admin');
  const [location] = useLocation();
  const me = useSignedInMember();
  const section = sectionAt(location);
  return (
    <div className="lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-6">
      <AdminSubNav className="hidden lg:block" />
      <div className="flex min-w-0 flex-col gap-4">
        {section && location === section.path && (
          <Link
            href={adminPaths.home}
            className="-ml-2 flex min-h-11 w-fit items-center gap-1 rounded-lg px-2 text-sm font-medium text-text-muted hover:bg-surface-muted hover:text-text lg:hidden"
          >
            <ChevronLeft className="size-4" aria-hidden="true" />
            {t('nav.allSections')}
          </Link>
        )}
        {section && !hasRole(me.role, section.minRole) ? <RoleNotice needed={section.minRole} /> : children}
      </div>
    </div>
  );
}
