import type { Me } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from './nav-link';
import { visibleNavItems } from './nav-items';

/** The phone tab bar: thumb-reachable, 56 px tall targets, above the home indicator. */
export function BottomTabs({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t('nav.label')}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-border bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden"
    >
      <ul className="mx-auto flex max-w-xl">
        {visibleNavItems(me, 'tabs').map((item) => (
          <li key={item.id} className="flex min-w-0 flex-1">
            <NavLink item={item} me={me} variant="tab" />
          </li>
        ))}
      </ul>
    </nav>
  );
}
