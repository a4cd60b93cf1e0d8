import { memberRoutes, type Locale } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { meQuery } from '../../api/session';
import { saveLanguage } from './language-preference';

/**
 * Switches the UI language and remembers it on this device; for a signed-in member it also
 * becomes their profile language (so mail arrives in it). That save is best effort.
 */
export function useChangeLanguage(): (language: Locale) => void {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useCallback(
    (language: Locale) => {
      saveLanguage(language);
      void i18n.changeLanguage(language);
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (me && me.locale !== language) {
        call(memberRoutes.updateMe, { body: { locale: language } }).then(
          ({ member }) => queryClient.setQueryData(meQuery.queryKey, member),
          () => undefined,
        );
      }
    },
    [i18n, queryClient],
  );
}
