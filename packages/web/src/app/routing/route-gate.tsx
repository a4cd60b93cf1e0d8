import i18next from 'i18next';
import { Suspense } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { ErrorBoundary } from '../error-boundary';
import { FullPageSpinner } from '../full-page-status';
import type { AppRoute } from '../routes';
import { useSession } from '../session/session-context';
import { decideAccess } from './access';
import { layouts } from './layouts';
import { PageFallback } from './page-fallback';
import { forbiddenPage } from '../pages/system-pages';

/** Checks access, then renders the page in its layout, fetching code and translations together. */
export function RouteGate({ route }: { route: AppRoute }) {
  const session = useSession();
  const [location] = useLocation();
  const search = useSearch();
  const decision = decideAccess(route.access, { ...session, location: search ? `${location}?${search}` : location });

  if (decision.kind === 'redirect') return <Redirect to={decision.to} replace />;

  const Layout = layouts[route.layout];
  const Page = decision.kind === 'forbidden' ? forbiddenPage : route.page;
  // Fetch the layout, the page and its translations at once; failures surface through React.lazy.
  Layout.preload().catch(() => undefined);
  Page.preload().catch(() => undefined);
  i18next.loadNamespaces([...route.namespaces]).catch(() => undefined);

  return (
    <Suspense fallback={<FullPageSpinner />}>
      <Layout>
        <ErrorBoundary key={location}>
          <Suspense fallback={<PageFallback />}>
            <Page />
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </Suspense>
  );
}
