import type { FilterReason, HeldItem, HeldMatch } from '@hearth/contracts';
import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, Button, EmptyState, LoadMore, SectionCard, SkeletonText, TextField } from '../../../ui';
import { highlightSegments } from '../word-filter/highlight-segments';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { itemsOf } from '../shared/use-api-pages';
import { ReportGroups } from './report-groups';
import { useReportGroups } from './reports-queries';
import { useDecideHeld, useReviewQueue } from './review-queue-queries';
import { PenaltyActionButton } from '../../penalties/penalty-action-dialog';
import { SignalsList } from './signals-list';
import { TrustLevelBadge } from '../../trust/trust-level-badge';
import { useTrustLevels } from '../../trust/trust-queries';

/** Admin → Review queue: threads and replies a review word held, with the words marked, to approve or remove. */
export default function ReviewQueuePage() {
  const { t } = useTranslation('admin');
  const queue = useReviewQueue();
  const items = itemsOf(queue.data);
  // The same query ReportGroups shows (shared by react-query): the queue is empty only when neither half waits.
  const reports = useReportGroups();
  const hasReports = itemsOf(reports.data).length > 0;
  // The authors' trust levels, for every card on screen in one request (modules/trust).
  const levels = useTrustLevels([...items.map((i) => i.author.id), ...itemsOf(reports.data).map((g) => g.author.id)]).data?.levels ?? {};
  return (
    <AdminPage title={t('sections.reviewQueue.title')} description={t('reviewQueue.description')}>
      <ReportGroups trustLevels={levels} />
      {queue.isPending && <SkeletonText lines={6} />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && reports.isSuccess && !hasReports && (
        <EmptyState icon={<Inbox className="size-6" aria-hidden="true" />} title={t('reviewQueue.empty')} />
      )}
      {hasReports && items.length > 0 && (
        <h2 id="held-heading" className="text-lg font-semibold">
          {t('reviewQueue.heldTitle')}
        </h2>
      )}
      <ul aria-label={t('reviewQueue.listLabel')} className="flex flex-col gap-4">
        {items.map((item) => (
          <li key={item.id}>
            <HeldCard item={item} trustLevel={levels[item.author.id]} />
          </li>
        ))}
      </ul>
      {queue.hasNextPage && (
        <LoadMore onLoadMore={() => void queue.fetchNextPage()} isLoading={queue.isFetchingNextPage} label={t('reviewQueue.more')} />
      )}
    </AdminPage>
  );
}

function HeldCard({ item, trustLevel }: { item: HeldItem; trustLevel: number | undefined }) {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const decide = useDecideHeld();
  const [isRemoving, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const link = item.subjectKind === 'post' ? `/posts/${item.postId}` : `/posts/${item.postId}#comment-${item.subjectId}`;
  const words = [...new Set(item.matches.map((m) => m.word))];
  return (
    <SectionCard
      title={item.title ?? t('reviewQueue.reply')}
      description={t('reviewQueue.byline', { name: item.author.displayName, time: new Date(item.createdAt).toLocaleString() })}
    >
      <div className="flex flex-col gap-3" data-testid="held-item">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge>{t(`reviewQueue.kind.${item.subjectKind}`)}</Badge>
          {trustLevel !== undefined && <TrustLevelBadge level={trustLevel} />}
          {words.map((word) => (
            <Badge key={word} tone="warning">
              {word}
            </Badge>
          ))}
          <Link href={link} className="underline">
            {t('reviewQueue.open')}
          </Link>
        </p>
        {item.title !== null && <Highlighted text={item.title} matches={item.matches.filter((m) => m.field === 'title')} />}
        <Highlighted text={item.body} matches={item.matches.filter((m) => m.field === 'body')} />
        <SignalsList signals={item.signals} />
        {decide.error && <Alert tone="danger">{errorText(decide.error)}</Alert>}
        {isRemoving ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (reason.trim()) decide.mutate({ id: item.id, action: 'remove', reason: reason.trim() });
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
              <Button type="submit" variant="danger" isLoading={decide.isPending} disabled={!reason.trim()}>
                {t('reviewQueue.confirmRemove')}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setRemoving(false)}>
                {t('reviewQueue.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button isLoading={decide.isPending} onClick={() => decide.mutate({ id: item.id, action: 'approve' })}>
              {t('reviewQueue.approve')}
            </Button>
            <Button variant="secondary" onClick={() => setRemoving(true)}>
              {t('reviewQueue.remove')}
            </Button>
            {/* Removes the item with a penalty for its author (restored if an appeal overturns it). */}
            <PenaltyActionButton memberId={item.author.id} memberName={item.author.displayName} holdId={item.id} />
          </div>
        )}
      </div>
    </SectionCard>
  );
}

/** The stored text with each review word marked where it was found. */
function Highlighted({ text, matches }: { text: string; matches: HeldMatch[] }) {
  const { t } = useTranslation('admin');
  const segments = highlightSegments(text, matches as FilterReason[]);
  return (
    <p className="rounded-xl border border-border bg-surface-muted p-3 break-words whitespace-pre-wrap">
      {segments.map((segment, index) =>
        segment.action ? (
          <mark key={index} className="rounded bg-warning-soft px-0.5 text-warning ring-1 ring-warning/40">
            {segment.text}
            <span className="sr-only"> ({t('reviewQueue.matched', { words: segment.reasons.map((r) => r.word).join(', ') })})</span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
