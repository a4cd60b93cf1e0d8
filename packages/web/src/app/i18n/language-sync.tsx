import type { Locale } from '@hearth/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLanguage } from './language-preference';

/** Re-resolves the UI language once the member and the community are known. */
export function LanguageSync({ memberLocale, communityLocale }: { memberLocale: Locale | null; communityLocale: Locale | null }) {
  const { i18n } = useTranslation();
  useEffect(() => {
    const language = resolveLanguage({ memberLocale, communityLocale });
    if (language !== i18n.language) void i18n.changeLanguage(language);
  }, [memberLocale, communityLocale, i18n]);
  return null;
}
