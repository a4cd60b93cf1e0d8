import { Route, Switch } from 'wouter';
import { notFoundPage } from '../pages/system-pages';
import { routes, type AppRoute } from '../routes';
import { useSession } from '../session/session-context';
import { isAwaitingApproval } from './access';
import { RouteGate } from './route-gate';
import { ScrollToTop } from './scroll-to-top';

/** Every route of the table, plus "not found" in the shell (signed in) or the auth layout. */
export function AppRouter() {
  const { me, needsSetup } = useSession();
  const notFound: AppRoute = {
    path: '*',
    page: notFoundPage,
    access: 'public',
    layout: me && !needsSetup && !isAwaitingApproval(me) ? 'shell' : 'auth',
    namespaces: [],
  };
  return (
    <>
      <ScrollToTop />
      <Switch>
        {routes.map((route) => (
          <Route key={route.path} path={route.path}>
            <RouteGate route={route} />
          </Route>
        ))}
        <Route>
          <RouteGate route={notFound} />
        </Route>
      </Switch>
    </>
  );
}
