import type { AllowedPhrase } from '@hearth/contracts';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, IconButton, SectionCard, TextField, useToast } from '../../../ui';
import { useAddAllowed, useRemoveAllowed } from './word-filter-queries';

/** Phrases that silence the matches they overlap (蘇州 for a listed 苏). */
export function AllowedCard({ phrases }: { phrases: AllowedPhrase[] }) {
  const { t } = useTranslation('moderation');
  const toast = useToast();
  const [phrase, setPhrase] = useState('');
  const add = useAddAllowed();
  const remove = useRemoveAllowed();
  const errors = useFormErrors(add.error, { 'phrases.0': 'phrase' });
  return (
    <SectionCard title={t('allowed.title')} description={t('allowed.description')}>
      <form
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!phrase.trim()) return;
          add.mutate(phrase.trim(), {
            onSuccess: (result) => {
              toast.show({
                tone: result.added.length ? 'success' : 'neutral',
                title: t(result.added.length ? 'allowed.added' : 'allowed.duplicate', { phrase: phrase.trim() }),
              });
              setPhrase('');
            },
          });
        }}
      >
        <TextField
          className="sm:flex-1"
          label={t('allowed.phrase')}
          value={phrase}
          maxLength={60}
          onChange={(e) => setPhrase(e.target.value)}
          error={errors.fields.phrase ?? null}
        />
        <Button type="submit" isLoading={add.isPending} disabled={!phrase.trim()}>
          {t('allowed.submit')}
        </Button>
      </form>
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      {phrases.length === 0 ? (
        <p className="text-sm text-text-muted">{t('allowed.empty')}</p>
      ) : (
        <ul aria-label={t('allowed.listLabel')} className="flex flex-wrap gap-2">
          {phrases.map((item) => (
            <li key={item.id} className="flex items-center gap-1 rounded-full border border-border-strong bg-surface pl-3">
              <span className="font-medium">{item.phrase}</span>
              <IconButton
                label={t('allowed.remove', { phrase: item.phrase })}
                icon={<Trash2 className="size-4" aria-hidden="true" />}
                className="size-9 rounded-full"
                onClick={() => remove.mutate(item.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
