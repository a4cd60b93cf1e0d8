import { MAX_CHECK_TEXT, type CheckTextResult } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Badge, Button, cn, SectionCard, TextArea } from '../../../ui';
import { ACTION_TONE } from './filter-options';
import { highlightSegments } from './highlight-segments';
import { useCheckText } from './word-filter-queries';

const VERDICT_TONE = { allow: 'success', review: 'warning', block: 'danger' } as const;
const MARK_CLASS = {
  block: 'bg-danger-soft text-danger ring-danger/40',
  review: 'bg-warning-soft text-warning ring-warning/40',
  mask: 'bg-accent-soft text-accent-text ring-accent-text/40',
  tag: 'bg-surface-muted text-text ring-border-strong',
} as const;

/** "Test a text": the verdict the write path would take, each match marked where it was written. */
export function TestTextCard() {
  const { t } = useTranslation('moderation');
  const [text, setText] = useState('');
  const check = useCheckText();
  const errors = useFormErrors(check.error, { text: 'text' });
  return (
    <SectionCard title={t('test.title')} description={t('test.description')}>
      <form
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) check.mutate(text);
        }}
      >
        <TextArea
          label={t('test.label')}
          value={text}
          rows={4}
          maxLength={MAX_CHECK_TEXT}
          onChange={(event) => setText(event.target.value)}
          error={errors.fields.text ?? null}
        />
        {errors.form && <Alert tone="danger">{errors.form}</Alert>}
        <Button type="submit" className="self-start" isLoading={check.isPending} disabled={!text.trim()}>
          {t('test.submit')}
        </Button>
      </form>
      {check.data && <CheckResult text={check.variables ?? ''} result={check.data} />}
    </SectionCard>
  );
}

function CheckResult({ text, result }: { text: string; result: CheckTextResult }) {
  const { t } = useTranslation('moderation');
  const segments = highlightSegments(text, result.reasons);
  return (
    <section aria-label={t('test.resultLabel')} aria-live="polite" className="flex flex-col gap-3 border-t border-border pt-4">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t('test.verdictLabel')}</span>
        <Badge tone={VERDICT_TONE[result.verdict]}>{t(`test.verdict.${result.verdict}`)}</Badge>
      </p>
      <p
        className="rounded-xl border border-border bg-surface-muted p-3 leading-loose break-words whitespace-pre-wrap"
        data-testid="highlighted"
      >
        {segments.map((segment, index) =>
          segment.action ? (
            <mark key={index} className={cn('rounded px-0.5 ring-1', MARK_CLASS[segment.action])}>
              {segment.text}
              <span className="sr-only">
                {' '}
                (
                {segment.reasons
                  .map((reason) => t('test.matchLabel', { word: reason.word, action: t(`actions.${reason.action}`) }))
                  .join(', ')}
                )
              </span>
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
      {result.reasons.length === 0 ? (
        <p className="text-sm text-text-muted">{t('test.noMatches')}</p>
      ) : (
        <ul aria-label={t('test.matchesLabel')} className="flex flex-col gap-2">
          {result.reasons.map((reason, index) => (
            <li key={index} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{reason.word}</span>
              <span className="text-text-muted">{t('test.foundAs', { match: reason.match })}</span>
              <Badge tone={ACTION_TONE[reason.action]}>{t(`actions.${reason.action}`)}</Badge>
              <Badge>{t(`categories.${reason.category}`)}</Badge>
              {reason.builtIn && <Badge>{t('test.builtIn')}</Badge>}
            </li>
          ))}
        </ul>
      )}
      {result.masked !== text && (
        <div className="flex flex-col gap-1">
          <p className="text-sm font-medium">{t('test.maskedLabel')}</p>
          <p className="rounded-xl border border-border p-3 break-words whitespace-pre-wrap">{result.masked}</p>
        </div>
      )}
    </section>
  );
}
