import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '../api/query-client';
import { ToastProvider, UiStringsProvider } from '../ui';

/** Gives the design-system primitives their few words in the UI language. */
function TranslatedUiStrings({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const strings = useMemo(
    () => ({
      close: t('actions.close'),
      dismiss: t('actions.dismiss'),
      loading: t('status.loading'),
      showPassword: t('fields.showPassword'),
      hidePassword: t('fields.hidePassword'),
      required: t('fields.required'),
    }),
    [t],
  );
  return <UiStringsProvider value={strings}>{children}</UiStringsProvider>;
}

/** Server state, translations for primitives, and toasts — everything pages rely on. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TranslatedUiStrings>
        <ToastProvider>{children}</ToastProvider>
      </TranslatedUiStrings>
    </QueryClientProvider>
  );
}
