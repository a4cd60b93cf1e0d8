import { Monitor, Moon, Sun } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';
import { setTheme, useTheme, type ThemeChoice } from '../theme/theme-store';

const choices: { value: ThemeChoice; Icon: typeof Sun }[] = [
  { value: 'system', Icon: Monitor },
  { value: 'light', Icon: Sun },
  { value: 'dark', Icon: Moon },
];

/** System / light / dark, remembered on this device. Compact (36 px) only where a mouse is expected: the desktop rail. */
export function ThemeToggle({ className, isCompact = false }: { className?: string; isCompact?: boolean }) {
  const { t } = useTranslation();
  const current = useTheme();
  return (
    <div
      role="group"
      aria-label={t('theme.label')}
      className={cn('inline-flex rounded-lg border border-border bg-surface p-0.5', className)}
    >
      {choices.map(({ value, Icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={current === value}
          aria-label={t(`theme.${value}`)}
          title={t(`theme.${value}`)}
          onClick={() => setTheme(value)}
          className={cn(
            'flex items-center justify-center rounded-md text-text-muted transition-colors hover:text-text',
            isCompact ? 'size-9' : 'size-10',
            current === value && 'bg-surface-muted text-text',
          )}
        >
          <Icon className="size-4" aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
