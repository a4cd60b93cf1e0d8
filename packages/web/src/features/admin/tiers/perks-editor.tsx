import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, controlClass, cn, IconButton } from '../../../ui';

const MAX_PERKS = 20;

/** A tier's perks, one short line each: edit, add, remove. */
export function PerksEditor({ perks, onChange, error }: { perks: string[]; onChange: (perks: string[]) => void; error?: string | null }) {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{t('tiers.perks')}</legend>
      {perks.length === 0 && <p className="text-sm text-text-muted">{t('tiers.noPerks')}</p>}
      <ol className="flex flex-col gap-2">
        {perks.map((perk, index) => (
          <li key={index} className="flex items-center gap-1">
            <input
              aria-label={t('tiers.perkLabel', { number: index + 1 })}
              value={perk}
              maxLength={120}
              onChange={(event) => onChange(perks.map((current, i) => (i === index ? event.target.value : current)))}
              className={cn(controlClass, 'min-h-11 py-2')}
            />
            <IconButton
              label={t('tiers.removePerk', { number: index + 1 })}
              icon={<Trash2 className="size-4" aria-hidden="true" />}
              onClick={() => onChange(perks.filter((_, i) => i !== index))}
              tone="danger"
            />
          </li>
        ))}
      </ol>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
      <Button
        variant="ghost"
        size="sm"
        className="self-start"
        disabled={perks.length >= MAX_PERKS}
        onClick={() => onChange([...perks, ''])}
        icon={<Plus className="size-4" aria-hidden="true" />}
      >
        {t('tiers.addPerk')}
      </Button>
    </fieldset>
  );
}
