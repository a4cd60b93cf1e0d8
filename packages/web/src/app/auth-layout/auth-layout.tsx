import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../api/session';
import { CommunityBrand } from '../brand/community-brand';
import { useSession } from '../session/session-context';
import { LanguageSwitcher } from '../shell/language-switcher';
import { ThemeToggle } from '../shell/theme-toggle';

/** Sign-in, registration, setup and mail-link pages: the community's name, one column, language at hand. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { needsSetup } = useSession();
  const community = useCommunity({ enabled: !needsSetup });
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-3 px-4 pt-[max(0.75rem,env(safe-area-inset-top))] pb-3 sm:px-6">
        <CommunityBrand name={needsSetup ? null : (community.data?.name ?? null)} logoUrl={community.data?.logoUrl} />
        <div className="flex items-center gap-2">
          <LanguageSwitcher className="w-36" />
          <span className="hidden sm:block">
            <ThemeToggle />
          </span>
        </div>
      </header>
      <main id="main" className="flex flex-1 justify-center px-4 pt-4 pb-12 sm:px-6 sm:pt-10">
        <div className="w-full max-w-lg">{children}</div>
      </main>
      <footer className="px-4 pb-6 text-center text-sm text-text-muted">{t('footer.poweredBy')}</footer>
    </div>
  );
}
