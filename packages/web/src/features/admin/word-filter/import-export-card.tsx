import type { FilterCategory, FilterList, ImportFilterWordsResult } from '@hearth/contracts';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, buttonClass, FileDropZone, SectionCard, Select, TextArea, useToast } from '../../../ui';
import { LISTS, useFilterOptions } from './filter-options';
import { exportUrl, useImportWords } from './word-filter-queries';

/** Import a list (pasted, or a text file) and download any list, one word per line. */
export function ImportExportCard() {
  const { t } = useTranslation('moderation');
  const options = useFilterOptions();
  const toast = useToast();
  const [list, setList] = useState<FilterList>('block');
  const [category, setCategory] = useState<FilterCategory>('custom');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const importing = useImportWords();
  const errors = useFormErrors(importing.error, { text: 'text', lines: 'text' });
  const result = importing.data;

  return (
    <SectionCard title={t('import.title')} description={t('import.description')}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          importing.mutate(
            { list, category, text },
            {
              onSuccess: (outcome) => {
                toast.show({ tone: 'success', title: t('import.done', { count: outcome.added }) });
                setText('');
                setFileName(null);
              },
            },
          );
        }}
      >
        <div className="grid grid-cols-2 gap-3 sm:max-w-md">
          <Select label={t('import.list')} value={list} options={options.lists} onChange={(e) => setList(e.target.value as FilterList)} />
          <Select
            label={t('import.category')}
            value={category}
            options={options.categories}
            disabled={list === 'allow'}
            onChange={(e) => setCategory(e.target.value as FilterCategory)}
          />
        </div>
        <TextArea
          label={t('import.text')}
          hint={fileName ? t('import.fromFile', { name: fileName }) : t('import.textHint')}
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.fields.text ?? null}
        />
        <FileDropZone
          accept=".txt,.csv,text/plain"
          buttonLabel={t('import.file')}
          dropHint={t('import.dropHint')}
          onFile={(file) => {
            void file.text().then((content) => {
              setText(content);
              setFileName(file.name);
            });
          }}
        />
        {errors.form && <Alert tone="danger">{errors.form}</Alert>}
        <Button type="submit" className="self-start" isLoading={importing.isPending} disabled={!text.trim()}>
          {t('import.submit')}
        </Button>
      </form>
      {result && <ImportOutcome result={result} />}
      <div className="flex flex-col gap-2 border-t border-border pt-4">
        <h3 className="font-semibold">{t('import.exportTitle')}</h3>
        <p className="text-sm text-text-muted">{t('import.exportDescription')}</p>
        <ul className="flex flex-wrap gap-2">
          {LISTS.map((each) => (
            <li key={each}>
              <a href={exportUrl(each)} download className={buttonClass({ variant: 'secondary', size: 'sm' })}>
                <Download className="size-4" aria-hidden="true" />
                {options.lists.find((option) => option.value === each)?.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </SectionCard>
  );
}

function ImportOutcome({ result }: { result: ImportFilterWordsResult }) {
  const { t } = useTranslation('moderation');
  return (
    <Alert
      tone={result.invalid > 0 ? 'info' : 'success'}
      title={t('import.result', { added: result.added, duplicates: result.duplicates, invalid: result.invalid })}
    >
      {result.invalidLines.length > 0 && (
        <ul className="mt-1 flex flex-col gap-0.5 text-sm">
          {result.invalidLines.map((line) => (
            <li key={line.line}>
              {t('import.invalidLine', { line: line.line, text: line.text, reason: t(`import.reasons.${line.reason}`) })}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
