import { Globe } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';
import { isLocale, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages';
import { useChangeLanguage } from '../i18n/use-change-language';

/** 繁體中文 / 简体中文 / English, each written in its own language. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const id = useId();
  return (
    <div className={cn('relative flex items-center', className)}>
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <Globe className="pointer-events-none absolute left-3 size-4 text-text-muted" aria-hidden="true" />
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => isLocale(event.target.value) && changeLanguage(event.target.value)}
        className="min-h-11 w-full appearance-none rounded-lg border border-border bg-surface py-2 pr-3 pl-9 text-sm hover:bg-surface-muted"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
