import type { Community, Me } from '@hearth/contracts';
import { ArrowLeftRight, Coins, Gift, LogOut, Menu, Search, Settings, Trophy, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button, buttonClass, Dialog } from '../../ui';
import { CommunityBrand } from '../brand/community-brand';
import { paths } from '../routes';
import { useSignOut } from '../session/use-sign-out';
import { LanguageSwitcher } from './language-switcher';
import { MemberChip } from './member-chip';
import { ThemeToggle } from './theme-toggle';

/** Phones and tablets: brand, a search shortcut, and a menu sheet with members, the wallet, settings and sign-out. */
export function TopBar({ me, community }: { me: Me; community: Community | undefined }) {
  const { t } = useTranslation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const signOut = useSignOut();
  const iconButton = 'flex size-11 items-center justify-center rounded-lg text-text-muted hover:bg-surface-muted hover:text-text';
  return (
    <header className="sticky top-0 z-30 flex items-center gap-2 border-b border-border bg-surface/95 px-3 pt-[env(safe-area-inset-top)] backdrop-blur lg:hidden">
      <Link href="/" className="min-w-0 flex-1 rounded-lg py-2">
        <CommunityBrand name={community?.name ?? null} logoUrl={community?.logoUrl} />
      </Link>
      <Link href={paths.search} className={iconButton} aria-label={t('search.label')}>
        <Search className="size-5" aria-hidden="true" />
      </Link>
      <button type="button" className={iconButton} aria-label={t('nav.menu')} aria-haspopup="dialog" onClick={() => setMenuOpen(true)}>
        <Menu className="size-5" aria-hidden="true" />
      </button>
      <Dialog open={isMenuOpen} onClose={() => setMenuOpen(false)} title={t('nav.menu')} variant="sheet">
        <div className="flex flex-col gap-4" onClick={(event) => (event.target as HTMLElement).closest('a') && setMenuOpen(false)}>
          <MemberChip me={me} />
          <Link href={paths.members} className={buttonClass({ variant: 'secondary' })}>
            <Users className="size-5" aria-hidden="true" />
            {t('nav.members')}
          </Link>
          <Link href={paths.wallet} className={buttonClass({ variant: 'secondary' })}>
            <Coins className="size-5" aria-hidden="true" />
            {t('nav.wallet')}
          </Link>
          <Link href={paths.perks} className={buttonClass({ variant: 'secondary' })}>
            <Gift className="size-5" aria-hidden="true" />
            {t('nav.perks')}
          </Link>
          <Link href={paths.market} className={buttonClass({ variant: 'secondary' })}>
            <ArrowLeftRight className="size-5" aria-hidden="true" />
            {t('nav.market')}
          </Link>
          <Link href={paths.leaderboards} className={buttonClass({ variant: 'secondary' })}>
            <Trophy className="size-5" aria-hidden="true" />
            {t('nav.leaderboards')}
          </Link>
          <Link href={paths.settings} className={buttonClass({ variant: 'secondary' })}>
            <Settings className="size-5" aria-hidden="true" />
            {t('nav.settings')}
          </Link>
          <div className="flex flex-col gap-1.5">
            <span className="text-sm font-medium text-text-muted">{t('language.label')}</span>
            <LanguageSwitcher />
          </div>
          <div className="flex items-center justify-between gap-3">
            <span className="text-sm font-medium text-text-muted">{t('theme.label')}</span>
            <ThemeToggle />
          </div>
          <Button
            variant="secondary"
            onClick={() => signOut.mutate()}
            isLoading={signOut.isPending}
            icon={<LogOut className="size-5" aria-hidden="true" />}
          >
            {t('actions.signOut')}
          </Button>
        </div>
      </Dialog>
    </header>
  );
}
