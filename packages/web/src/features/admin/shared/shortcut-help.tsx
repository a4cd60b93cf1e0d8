import { Keyboard } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** A queue's keyboard shortcuts, written out on the page (wide screens: phones have no keys). */
export function ShortcutHelp({ keys }: { keys: ReadonlyArray<{ key: string; label: string }> }) {
  const { t } = useTranslation('admin');
  return (
    <section
      aria-labelledby="shortcuts-title"
      className="hidden flex-wrap items-center gap-x-5 gap-y-2 rounded-xl bg-surface-muted px-4 py-3 text-sm md:flex"
    >
      <h2 id="shortcuts-title" className="flex items-center gap-2 font-medium">
        <Keyboard className="size-4 text-text-muted" aria-hidden="true" />
        {t('applications.shortcuts.title')}
      </h2>
      <dl className="flex flex-wrap gap-x-5 gap-y-2">
        {keys.map(({ key, label }) => (
          <div key={key} className="flex items-center gap-2">
            <dt>
              <kbd className="inline-flex min-w-7 justify-center rounded-md border border-border-strong bg-surface px-1.5 font-mono text-xs leading-6 shadow-card">
                {key}
              </kbd>
            </dt>
            <dd className="text-text-muted">{label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
