import { useEffect } from 'react';
import { useCommunity } from '../api/session';

/** "Page · Community" in the tab; just the community (or Hearth) when no page title is given. */
export function useDocumentTitle(pageTitle?: string | null): void {
  const community = useCommunity({ enabled: false });
  const communityName = community.data?.name ?? 'Hearth';
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${communityName}` : communityName;
  }, [pageTitle, communityName]);
}
