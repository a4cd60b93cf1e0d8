import type { ReportGroup, ReportReason } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, Button, LoadMore, SectionCard, TextField } from '../../../ui';
import { QueryError } from '../shared/query-error';
import { itemsOf } from '../shared/use-api-pages';
import { useReportGroups, useResolveReports } from './reports-queries';
import { TrustLevelBadge } from '../../trust/trust-level-badge';

const REASONS: readonly ReportReason[] = ['spam', 'abuse', 'off_topic', 'other'];

/** The reports half of the review queue: one card per reported target, with its count, reasons and notes. */
export function ReportGroups({ trustLevels }: { trustLevels: Readonly<Record<string, number>> }) {
  const { t } = useTranslation('admin');
  const groups = useReportGroups();
  const items = itemsOf(groups.data);
  if (groups.isError) return <QueryError error={groups.error} onRetry={() => void groups.refetch()} />;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="reports-heading" className="flex flex-col gap-4">
      <h2 id="reports-heading" className="text-lg font-semibold">
        {t('reports.title', { count: items.length })}
      </h2>
      <ul aria-label={t('reports.listLabel')} className="flex flex-col gap-4">
        {items.map((group) => (
          <li key={`${group.targetKind}:${group.targetId}`}>
            <ReportCard group={group} trustLevel={trustLevels[group.author.id]} />
          </li>
        ))}
      </ul>
      {groups.hasNextPage && (
        <LoadMore onLoadMore={() => void groups.fetchNextPage()} isLoading={groups.isFetchingNextPage} label={t('reviewQueue.more')} />
      )}
    </section>
  );
}

function ReportCard({ group, trustLevel }: { group: ReportGroup; trustLevel: number | undefined }) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const resolve = useResolveReports();
  const [isRemoving, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const act = (outcome: 'dismissed' | 'upheld' | 'removed', why?: string) =>
    resolve.mutate({ kind: group.targetKind, id: group.targetId, outcome, ...(why ? { reason: why } : {}) });
  return (
    <SectionCard
      title={t('reports.cardTitle', { kind: t(`reports.kind.${group.targetKind}`), name: group.author.displayName })}
      description={t('reports.byline', { count: group.count, time: new Date(group.lastReportedAt).toLocaleString() })}
    >
      <div className="flex flex-col gap-3" data-testid="report-group">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone="danger">{t('reports.count', { count: group.count })}</Badge>
          {trustLevel !== undefined && <TrustLevelBadge level={trustLevel} />}
          {REASONS.filter((r) => group.reasons[r] > 0).map((r) => (
            <Badge key={r} tone="warning">
              {t(`reports.reason.${r}`)} × {group.reasons[r]}
            </Badge>
          ))}
          {group.holdId && <Badge>{t('reports.hidden')}</Badge>}
          {group.url && (
            <Link href={group.url} className="underline">
              {t('reviewQueue.open')}
            </Link>
          )}
        </p>
        <p className="rounded-xl border border-border bg-surface-muted p-3 break-words whitespace-pre-wrap">{group.excerpt}</p>
        {group.notes.length > 0 && (
          <ul aria-label={t('reports.notes')} className="flex list-disc flex-col gap-1 ps-5 text-sm text-text-muted">
            {group.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        )}
        {resolve.error && <Alert tone="danger">{errorText(resolve.error)}</Alert>}
        {isRemoving ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim()) act('removed', reason.trim());
            }}
          >
            <TextField
              label={t('reviewQueue.reason')}
              value={reason}
              maxLength={500}
              required
              onChange={(e) => setReason(e.target.value)}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" variant="danger" isLoading={resolve.isPending} disabled={!reason.trim()}>
                {t('reviewQueue.confirmRemove')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setRemoving(false)}>
                {t('reviewQueue.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            {group.removable && (
              <Button variant="danger" onClick={() => setRemoving(true)}>
                {t('reports.remove')}
              </Button>
            )}
            <Button variant="secondary" isLoading={resolve.isPending} onClick={() => act('upheld')}>
              {t('reports.uphold')}
            </Button>
            <Button variant="secondary" isLoading={resolve.isPending} onClick={() => act('dismissed')}>
              {t('reports.dismiss')}
            </Button>
          </div>
        )}
      </div>
    </SectionCard>
  );
}
