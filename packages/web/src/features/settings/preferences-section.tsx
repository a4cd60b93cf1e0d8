import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../app/shell/language-switcher';
import { ThemeToggle } from '../../app/shell/theme-toggle';
import { SectionCard } from '../../ui';

/** Language and theme, the same controls as in the shell, with room to explain them. */
export function PreferencesSection() {
  const { t } = useTranslation('settings');
  return (
    <SectionCard title={t('preferences.title')}>
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium">{t('preferences.language')}</span>
        <LanguageSwitcher className="sm:max-w-xs" />
        <p className="text-sm text-text-muted">{t('preferences.languageHint')}</p>
      </div>
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium">{t('preferences.theme')}</span>
        <ThemeToggle className="self-start" />
        <p className="text-sm text-text-muted">{t('preferences.themeHint')}</p>
      </div>
    </SectionCard>
  );
}
