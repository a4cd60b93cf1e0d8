import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useCommunity, meQuery, setupStatusQuery } from '../../api/session';
import { LanguageSync } from '../i18n/language-sync';
import { AccentSync } from '../theme/accent-sync';
import { FullPageError, FullPageSpinner } from '../full-page-status';
import { SessionContext } from './session-context';
import { useSignOut } from './use-sign-out';

/**
 * Loads what every page depends on (is the community set up? who is signed in?) before
 * any route renders, and keeps language and accent colour in step with them.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const setup = useQuery(setupStatusQuery);
  const needsSetup = setup.data?.needsSetup ?? false;
  const me = useQuery({ ...meQuery, enabled: setup.isSuccess && !needsSetup });
  const community = useCommunity({ enabled: setup.isSuccess && !needsSetup });
  const signOut = useSignOut();

  const meData = needsSetup ? null : (me.data ?? null);
  const session = useMemo(() => ({ needsSetup, me: meData }), [needsSetup, meData]);

  if (setup.isError) return <FullPageError error={setup.error} onRetry={() => void setup.refetch()} />;
  if (!needsSetup && me.isError) {
    return <FullPageError error={me.error} onRetry={() => void me.refetch()} onSignOut={() => signOut.mutate()} />;
  }
  if (setup.isPending || (!needsSetup && me.isPending)) return <FullPageSpinner />;

  return (
    <SessionContext.Provider value={session}>
      <LanguageSync memberLocale={meData?.locale ?? null} communityLocale={community.data?.locale ?? null} />
      <AccentSync colour={community.data?.accentColor ?? null} />
      {children}
    </SessionContext.Provider>
  );
}
