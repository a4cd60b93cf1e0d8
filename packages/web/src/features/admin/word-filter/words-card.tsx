import type { FilterAction, FilterCategory, FilterWord } from '@hearth/contracts';
import { Trash2, ListFilter } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Badge, Button, EmptyState, IconButton, SectionCard, Select, TextField, useToast } from '../../../ui';
import { ACTION_TONE, useFilterOptions } from './filter-options';
import { useAddWord, useRemoveWord } from './word-filter-queries';

/** How many rows the list shows before "show all" (lists can hold thousands). */
const SHOWN = 100;

/** The listed words: add one, filter by action and category, remove. */
export function WordsCard({ words }: { words: FilterWord[] }) {
  const { t } = useTranslation('moderation');
  const options = useFilterOptions();
  const toast = useToast();
  const errorText = useErrorText();
  const [word, setWord] = useState('');
  const [action, setAction] = useState<FilterAction>('block');
  const [category, setCategory] = useState<FilterCategory>('custom');
  const [shownAction, setShownAction] = useState<FilterAction | ''>('');
  const [shownCategory, setShownCategory] = useState<FilterCategory | ''>('');
  const [isShowingAll, setShowingAll] = useState(false);
  const add = useAddWord();
  const remove = useRemoveWord();
  const errors = useFormErrors(add.error, { 'words.0.word': 'word' });
  const shown = words.filter((w) => (!shownAction || w.action === shownAction) && (!shownCategory || w.category === shownCategory));
  const all = { value: '', label: t('words.all') };

  return (
    <SectionCard title={t('words.title')} description={t('words.description')}>
      <form
        className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(10rem,2fr)_minmax(8rem,2fr)_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!word.trim()) return;
          add.mutate(
            { word: word.trim(), action, category },
            {
              onSuccess: (result) => {
                if (result.added.length > 0) {
                  toast.show({ tone: 'success', title: t('words.added', { word: word.trim() }) });
                  setWord('');
                } else toast.show({ tone: 'neutral', title: t('words.duplicate', { word: word.trim() }) });
              },
            },
          );
        }}
      >
        <TextField
          label={t('words.word')}
          value={word}
          maxLength={60}
          onChange={(e) => setWord(e.target.value)}
          error={errors.fields.word ?? null}
        />
        <Select
          label={t('words.action')}
          value={action}
          options={options.actions}
          onChange={(e) => setAction(e.target.value as FilterAction)}
        />
        <Select
          label={t('words.category')}
          value={category}
          options={options.categories}
          onChange={(e) => setCategory(e.target.value as FilterCategory)}
        />
        <Button type="submit" isLoading={add.isPending} disabled={!word.trim()}>
          {t('words.submit')}
        </Button>
      </form>
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      {remove.isError && <Alert tone="danger">{errorText(remove.error)}</Alert>}

      <div className="grid grid-cols-2 gap-3 sm:max-w-md">
        <Select
          label={t('words.showAction')}
          value={shownAction}
          options={[all, ...options.actions]}
          onChange={(e) => setShownAction(e.target.value as FilterAction | '')}
        />
        <Select
          label={t('words.showCategory')}
          value={shownCategory}
          options={[all, ...options.categories]}
          onChange={(e) => setShownCategory(e.target.value as FilterCategory | '')}
        />
      </div>
      <p className="text-sm text-text-muted" aria-live="polite">
        {t('words.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyState icon={<ListFilter className="size-6" />} title={t('words.empty.title')} isCompact>
          {t('words.empty.body')}
        </EmptyState>
      ) : (
        <ul aria-label={t('words.listLabel')} className="flex flex-col divide-y divide-border rounded-xl border border-border">
          {(isShowingAll ? shown : shown.slice(0, SHOWN)).map((item) => (
            <li key={item.id} className="flex min-h-12 items-center gap-2 py-1 pr-1 pl-3">
              <span className="min-w-0 flex-1 font-medium break-all">{item.word}</span>
              <Badge tone={ACTION_TONE[item.action]}>{t(`actions.${item.action}`)}</Badge>
              <Badge className="hidden sm:inline-flex">{t(`categories.${item.category}`)}</Badge>
              <IconButton
                label={t('words.remove', { word: item.word })}
                tone="danger"
                icon={<Trash2 className="size-4" aria-hidden="true" />}
                disabled={remove.isPending && remove.variables === item.id}
                onClick={() =>
                  remove.mutate(item.id, {
                    onSuccess: () => toast.show({ tone: 'success', title: t('words.removed', { word: item.word }) }),
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      {!isShowingAll && shown.length > SHOWN && (
        <Button variant="secondary" size="sm" className="self-start" onClick={() => setShowingAll(true)}>
          {t('words.showAll', { count: shown.length })}
        </Button>
      )}
    </SectionCard>
  );
}
