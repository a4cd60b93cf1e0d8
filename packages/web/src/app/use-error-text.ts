import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/**
 * Turns any error into a sentence in the UI language: the API's own (already translated)
 * problem title, or ours for network failures and unreadable answers.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        if (error.status === 429) return error.title || t('errors.rateLimited');
        if (!error.isOpaque && error.title) return error.title;
        return error.status >= 500 ? t('errors.server') : t('errors.unexpected');
      }
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t],
  );
}
