import type { Community, Me } from '@hearth/contracts';
import { LogOut } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NotificationBell } from '../../features/notifications/notification-bell';
import { SpacesNav } from '../../features/spaces/spaces-nav';
import { Spinner } from '../../ui';
import { CommunityBrand } from '../brand/community-brand';
import { useSignOut } from '../session/use-sign-out';
import { LanguageSwitcher } from './language-switcher';
import { MemberChip } from './member-chip';
import { NavLink } from './nav-link';
import { visibleNavItems } from './nav-items';
import { SearchBox } from './search-box';
import { ThemeToggle } from './theme-toggle';

/** The desktop rail: brand, search, navigation, the spaces by section, and the member with their settings. */
export function SideRail({ me, community }: { me: Me; community: Community | undefined }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="sticky top-0 hidden h-dvh flex-col gap-5 overflow-y-auto border-r border-border bg-surface px-4 py-5 lg:flex">
      <div className="flex items-center gap-1">
        <Link href="/" className="min-w-0 flex-1 rounded-lg px-1 py-1">
          <CommunityBrand name={community?.name ?? null} logoUrl={community?.logoUrl} />
        </Link>
        <NotificationBell variant="rail" />
      </div>
      <SearchBox />
      <nav aria-label={t('nav.label')}>
        <ul className="flex flex-col gap-1">
          {visibleNavItems(me, 'rail').map((item) => (
            <li key={item.id}>
              <NavLink item={item} me={me} variant="rail" />
            </li>
          ))}
        </ul>
      </nav>
      <SpacesNav />
      <div className="mt-auto flex flex-col gap-3 border-t border-border pt-4">
        <MemberChip me={me} />
        <LanguageSwitcher />
        <div className="flex items-center justify-between gap-2">
          <ThemeToggle isCompact />
          <button
            type="button"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
            className="flex min-h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-medium whitespace-nowrap text-text-muted hover:bg-surface-muted hover:text-text disabled:opacity-60"
          >
            {signOut.isPending ? <Spinner className="size-4" /> : <LogOut className="size-4" aria-hidden="true" />}
            {t('actions.signOut')}
          </button>
        </div>
      </div>
    </div>
  );
}
