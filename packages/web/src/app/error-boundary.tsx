import i18next from 'i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches a crash in the tree below and offers a reload instead of a blank page. Its text
 * goes through i18next directly (with English defaults) so it works even if translations failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Hearth crashed while rendering', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const isChunkError = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(this.state.error.message);
    return (
      <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center">
        <h1 className="text-xl font-semibold">{i18next.t('errors.crashTitle', { ns: 'common', defaultValue: 'Something went wrong' })}</h1>
        <p className="text-text-muted">
          {isChunkError
            ? i18next.t('errors.newVersion', { ns: 'common', defaultValue: 'A new version of the app is available. Reload to continue.' })
            : i18next.t('errors.crashBody', { ns: 'common', defaultValue: 'This page stopped working. Reloading usually helps.' })}
        </p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="min-h-11 rounded-lg bg-accent px-4 font-medium text-accent-fg"
        >
          {i18next.t('actions.reload', { ns: 'common', defaultValue: 'Reload' })}
        </button>
      </div>
    );
  }
}
