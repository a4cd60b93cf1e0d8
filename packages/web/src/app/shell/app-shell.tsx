import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../api/session';
import { cn } from '../../ui';
import { useSignedInMember } from '../session/session-context';
import { useChatActivity } from '../../features/chat/use-chat-activity';
import { useNotificationActivity } from '../../features/notifications/use-notification-activity';
import { useSidebarActivity } from '../../features/spaces/use-sidebar-activity';
import { MuteBanner } from '../../features/penalties/mute-banner';
import { BottomTabs } from './bottom-tabs';
import { FullHeightContext } from './full-height';
import { RightPanelContext } from './right-panel';
import { SideRail } from './side-rail';
import { TopBar } from './top-bar';

/**
 * The signed-in frame. Desktop (≥ 1024 px): rail | main | right panel (≥ 1280 px, only when
 * a page puts something in it). Phones and tablets: top bar, main, bottom tab bar.
 * `isWide` drops the reading width for consoles that use the whole screen (tables, filters).
 * A page may ask for a full-height main column (useFullHeightShell), e.g. chat.
 */
export default function AppShell({ children, isWide = false }: { children: ReactNode; isWide?: boolean }) {
  const { t } = useTranslation();
  const me = useSignedInMember();
  const community = useCommunity();
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  const [isFullHeight, setFullHeight] = useState(false);
  useChatActivity(me.id);
  useNotificationActivity(me.id);
  useSidebarActivity(me.id);
  return (
    <div
      className={cn(
        'min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] xl:has-[>aside:not(:empty)]:grid-cols-[16rem_minmax(0,1fr)_20rem]',
        isFullHeight && 'flex h-dvh flex-col overflow-hidden',
      )}
    >
      <a
        href="#main"
        className="sr-only z-50 rounded-lg bg-surface px-4 py-2 font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('nav.skipToContent')}
      </a>
      <SideRail me={me} community={community.data} />
      <TopBar me={me} community={community.data} />
      <main
        id="main"
        tabIndex={-1}
        className={cn(
          'min-w-0 outline-none',
          isFullHeight
            ? 'flex min-h-0 flex-1 flex-col px-3 pt-3 pb-[calc(4rem+1px+env(safe-area-inset-bottom))] sm:px-4 lg:h-dvh lg:px-6 lg:py-5'
            : 'px-4 pt-5 pb-[calc(6rem+env(safe-area-inset-bottom))] sm:px-6 lg:py-8',
          !isFullHeight && (isWide ? 'lg:px-8' : 'lg:px-10'),
        )}
      >
        <div
          className={cn(
            'mx-auto w-full',
            isFullHeight ? 'flex min-h-0 max-w-[96rem] flex-1 flex-col' : isWide ? 'max-w-[96rem]' : 'max-w-3xl',
          )}
        >
          <MuteBanner />
          <FullHeightContext.Provider value={setFullHeight}>
            <RightPanelContext.Provider value={panel}>{children}</RightPanelContext.Provider>
          </FullHeightContext.Provider>
        </div>
      </main>
      <aside
        ref={setPanel}
        aria-label={t('nav.context')}
        className="sticky top-0 hidden h-dvh overflow-y-auto border-l border-border px-5 py-8 xl:block xl:empty:hidden"
      />
      <BottomTabs me={me} />
    </div>
  );
}
