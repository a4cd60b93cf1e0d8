import { Suspense } from 'react';
import { ErrorBoundary } from './error-boundary';
import { FullPageSpinner } from './full-page-status';
import { Providers } from './providers';
import { AppRouter } from './routing/app-router';
import { SessionGate } from './session/session-gate';

export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<FullPageSpinner />}>
        <Providers>
          <SessionGate>
            <AppRouter />
          </SessionGate>
        </Providers>
      </Suspense>
    </ErrorBoundary>
  );
}
