import { RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, Spinner } from '../ui';
import { useErrorText } from './use-error-text';

/** Shown while the session loads: centred, quiet, announced once. */
export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <div className="flex min-h-dvh items-center justify-center text-text-muted">
      <Spinner label={t('status.loading')} className="size-8" />
    </div>
  );
}

/** When the app cannot start: says why, offers to retry (and to sign out when that may help). */
export function FullPageError({ error, onRetry, onSignOut }: { error: unknown; onRetry: () => void; onSignOut?: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div role="alert" className="flex max-w-md flex-col items-center gap-4 text-center">
        <h1 className="text-xl font-semibold">{t('errors.cannotLoad')}</h1>
        <p className="text-text-muted">{errorText(error)}</p>
        <div className="flex flex-wrap justify-center gap-2">
          <Button onClick={onRetry} icon={<RotateCw className="size-4" aria-hidden="true" />}>
            {t('actions.retry')}
          </Button>
          {onSignOut && (
            <Button variant="secondary" onClick={onSignOut}>
              {t('actions.signOut')}
            </Button>
          )}
        </div>
      </div>
    </main>
  );
}
