import type { ProfileLink } from '@hearth/contracts';
import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../ui';
import { LINK_LABEL_MAX, MAX_LINKS, type ProfileField } from './profile-draft';

interface LinksEditorProps {
  links: ProfileLink[];
  onChange: (links: ProfileLink[]) => void;
  errors: Partial<Record<ProfileField, string>>;
}

/** Up to five links, each a label and an address, added and removed one by one. */
export function LinksEditor({ links, onChange, errors }: LinksEditorProps) {
  const { t } = useTranslation('profile');
  const update = (index: number, patch: Partial<ProfileLink>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="sr-only">{t('links.title')}</legend>
      {errors.links && (
        <p role="alert" className="text-sm text-danger">
          {errors.links}
        </p>
      )}
      {links.length === 0 && <p className="text-text-muted">{t('links.empty')}</p>}
      <ol className="flex flex-col gap-3">
        {links.map((link, index) => (
          <li key={index} className="flex flex-col gap-3 rounded-xl border border-border p-3 sm:flex-row sm:items-start">
            <TextField
              label={t('links.label', { number: index + 1 })}
              placeholder={t('links.labelPlaceholder')}
              maxLength={LINK_LABEL_MAX}
              value={link.label}
              onChange={(event) => update(index, { label: event.target.value })}
              error={errors[`link${index}Label`]}
              className="sm:w-2/5"
            />
            <TextField
              label={t('links.url', { number: index + 1 })}
              type="url"
              inputMode="url"
              placeholder="https://"
              maxLength={500}
              value={link.url}
              onChange={(event) => update(index, { url: event.target.value })}
              error={errors[`link${index}Url`]}
              className="min-w-0 flex-1"
            />
            <Button
              variant="ghost"
              onClick={() => onChange(links.filter((_, i) => i !== index))}
              aria-label={t('links.remove', { number: index + 1 })}
              title={t('links.remove', { number: index + 1 })}
              icon={<Trash2 className="size-5" aria-hidden="true" />}
              className="self-end sm:mt-7 sm:self-start"
            >
              <span className="sm:sr-only">{t('links.removeShort')}</span>
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => onChange([...links, { label: '', url: '' }])}
          disabled={links.length >= MAX_LINKS}
          icon={<Plus className="size-4" aria-hidden="true" />}
        >
          {t('links.add')}
        </Button>
        <span className="text-sm text-text-muted">{t('links.limit', { max: MAX_LINKS })}</span>
      </div>
    </fieldset>
  );
}
