import type { BulkDecideResult } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button } from '../../../ui';
import { RemovalForm } from './removal-form';
import { useBulkDecide } from './review-queue-queries';

export interface BulkBarProps {
  selectedIds: readonly string[];
  pageIds: readonly string[];
  /** What to call an item in the outcome (it may have left the list by then). */
  labelOf: (id: string) => string;
  onSelectAll: () => void;
  onClear: () => void;
}

/**
 * Decides the selected items together (a flood of one spammer's posts is cleared in one go).
 * Each is decided on its own on the server; those it could not decide are listed with why.
 */
export function BulkBar({ selectedIds, pageIds, labelOf, onSelectAll, onClear }: BulkBarProps) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const bulk = useBulkDecide();
  const [isRemoving, setRemoving] = useState(false);
  const [result, setResult] = useState<(BulkDecideResult & { labels: Map<string, string> }) | null>(null);
  const done = (outcome: BulkDecideResult) => {
    setResult({ ...outcome, labels: new Map(selectedIds.map((id) => [id, labelOf(id)])) });
    setRemoving(false);
    onClear();
  };
  const count = selectedIds.length;
  return (
    <div className="flex flex-col gap-3">
      {(count > 0 || pageIds.length > 1) && (
        <section
          aria-label={t('reviewQueue.bulk.label')}
          className="sticky top-2 z-10 flex flex-col gap-3 rounded-2xl border border-border bg-surface p-3 shadow-card"
        >
          <div className="flex flex-wrap items-center gap-2">
            <p className="me-auto text-sm font-medium" aria-live="polite">
              {t('reviewQueue.bulk.selected', { count })}
            </p>
            {count < pageIds.length && (
              <Button size="sm" variant="ghost" onClick={onSelectAll}>
                {t('reviewQueue.bulk.selectAll', { count: pageIds.length })}
              </Button>
            )}
            {count > 0 && !isRemoving && (
              <>
                <Button
                  size="sm"
                  isLoading={bulk.isPending}
                  onClick={() => bulk.mutate({ action: 'approve', ids: [...selectedIds] }, { onSuccess: done })}
                >
                  {t('reviewQueue.bulk.approve', { count })}
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setRemoving(true)}>
                  {t('reviewQueue.bulk.remove', { count })}
                </Button>
                <Button size="sm" variant="ghost" onClick={onClear}>
                  {t('reviewQueue.bulk.clear')}
                </Button>
              </>
            )}
          </div>
          {count > 0 && isRemoving && (
            <RemovalForm
              submitLabel={t('reviewQueue.bulk.confirmRemove', { count })}
              isPending={bulk.isPending}
              onSubmit={(reason) => bulk.mutate({ action: 'remove', ids: [...selectedIds], reason }, { onSuccess: done })}
              onCancel={() => setRemoving(false)}
            />
          )}
        </section>
      )}
      {bulk.error && <Alert tone="danger">{errorText(bulk.error)}</Alert>}
      {result && (
        <Alert tone={result.failed.length > 0 ? 'info' : 'success'} title={t('reviewQueue.bulk.done', { count: result.decided.length })}>
          {result.failed.length > 0 && (
            <>
              <p>{t('reviewQueue.bulk.failed', { count: result.failed.length })}</p>
              <ul className="list-disc ps-5">
                {result.failed.map((failure) => (
                  <li key={failure.id}>
                    {t('reviewQueue.bulk.failure', { item: result.labels.get(failure.id) ?? failure.id, reason: failure.title })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </div>
  );
}
