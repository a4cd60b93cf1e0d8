import { RotateCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button } from '../../../ui';

/**
 * When a list or record cannot be loaded: a refusal (403) says the role does not allow it,
 * in the server's words; anything else says what went wrong and offers to try again.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const errorText = useErrorText();
  if (isApiError(error) && error.status === 403) {
    return (
      <Alert tone="danger" title={t('errors.refusedTitle')}>
        {errorText(error)} {t('errors.refusedBody')}
      </Alert>
    );
  }
  return (
    <Alert tone="danger" title={t('errors.loadTitle')}>
      <div className="flex flex-col items-start gap-3">
        <span>{errorText(error)}</span>
        <Button variant="secondary" size="sm" onClick={onRetry} icon={<RotateCw className="size-4" aria-hidden="true" />}>
          {t('common:actions.retry')}
        </Button>
      </div>
    </Alert>
  );
}
