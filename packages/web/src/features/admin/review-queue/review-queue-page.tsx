import { Inbox } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadMore, SkeletonText } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { ShortcutHelp } from '../shared/shortcut-help';
import { itemsOf } from '../shared/use-api-pages';
import { useQueueShortcuts } from '../shared/use-queue-shortcuts';
import { BulkBar } from './bulk-bar';
import { HeldCard } from './held-card';
import { ReportGroups } from './report-groups';
import { useReportGroups } from './reports-queries';
import { useDecideHeld, useReviewQueue } from './review-queue-queries';
import { useTrustLevels } from '../../trust/trust-queries';

const SHORTCUTS = ['j', 'k', 'x', 'a', 'r'] as const;
const SHORTCUT_NAMES = { j: 'next', k: 'previous', x: 'select', a: 'approve', r: 'remove' } as const;

/**
 * Admin → Review queue: reports, then threads and replies held for review, with the words
 * marked and the signals that held them; decided one by one, in bulk, or from the keyboard.
 */
export default function ReviewQueuePage() {
  const { t } = useTranslation('admin');
  const queue = useReviewQueue();
  const items = itemsOf(queue.data);
  // The same query ReportGroups shows (shared by react-query): the queue is empty only when neither half waits.
  const reports = useReportGroups();
  const hasReports = itemsOf(reports.data).length > 0;
  // The authors' trust levels, for every card on screen in one request (modules/trust).
  const levels = useTrustLevels([...items.map((i) => i.author.id), ...itemsOf(reports.data).map((g) => g.author.id)]).data?.levels ?? {};
  const decide = useDecideHeld();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [currentIndex, setCurrentIndex] = useState(0);
  const cards = useRef(new Map<string, HTMLElement>());
  const current = Math.min(currentIndex, Math.max(items.length - 1, 0));
  const currentItem = items[current];

  // Decided items leave the list: forget them in the selection too.
  const listed = new Set(items.map((item) => item.id));
  const selectedIds = [...selected].filter((id) => listed.has(id));
  const toggle = (id: string, on: boolean) =>
    setSelected((all) => {
      const next = new Set(all);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const moveTo = (index: number) => {
    const target = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!target) return;
    setCurrentIndex(items.indexOf(target));
    const element = cards.current.get(target.id);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  // Keep keyboard users on the card that takes a decided one's place.
  const currentId = currentItem?.id;
  useEffect(() => {
    if (currentId && (document.activeElement === document.body || !document.activeElement)) {
      cards.current.get(currentId)?.focus({ preventScroll: true });
    }
  }, [currentId]);

  useQueueShortcuts({
    j: () => moveTo(current + 1),
    k: () => moveTo(current - 1),
    x: () => currentItem && toggle(currentItem.id, !selected.has(currentItem.id)),
    a: () => currentItem && !decide.isPending && decide.mutate({ id: currentItem.id, action: 'approve' }),
    r: () => currentItem && setRemovingId(currentItem.id),
  });

  return (
    <AdminPage title={t('sections.reviewQueue.title')} description={t('reviewQueue.description')}>
      <ReportGroups trustLevels={levels} />
      {queue.isPending && <SkeletonText lines={6} />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && reports.isSuccess && !hasReports && (
        <EmptyState icon={<Inbox className="size-6" aria-hidden="true" />} title={t('reviewQueue.empty')} />
      )}
      {items.length > 0 && (
        <>
          <h2 id="held-heading" className="text-lg font-semibold">
            {t('reviewQueue.heldTitle')}
          </h2>
          <ShortcutHelp keys={SHORTCUTS.map((key) => ({ key, label: t(`reviewQueue.shortcuts.${SHORTCUT_NAMES[key]}`) }))} />
          <BulkBar
            selectedIds={selectedIds}
            pageIds={items.map((item) => item.id)}
            labelOf={(id) => {
              const item = items.find((i) => i.id === id);
              return item ? (item.title ?? `${t('reviewQueue.reply')} (${item.author.displayName})`) : id;
            }}
            onSelectAll={() => setSelected(new Set(items.map((item) => item.id)))}
            onClear={() => setSelected(new Set())}
          />
        </>
      )}
      <ul aria-labelledby="held-heading" className="flex flex-col gap-4">
        {items.map((item, index) => (
          <li key={item.id}>
            <HeldCard
              ref={(element) => {
                if (element) cards.current.set(item.id, element);
                else cards.current.delete(item.id);
              }}
              item={item}
              trustLevel={levels[item.author.id]}
              isCurrent={index === current}
              isSelected={selected.has(item.id)}
              onSelect={(on) => toggle(item.id, on)}
              isRemoving={removingId === item.id}
              onRemoving={(removing) => setRemovingId(removing ? item.id : null)}
              onFocusWithin={() => setCurrentIndex(index)}
            />
          </li>
        ))}
      </ul>
      {queue.hasNextPage && (
        <LoadMore onLoadMore={() => void queue.fetchNextPage()} isLoading={queue.isFetchingNextPage} label={t('reviewQueue.more')} />
      )}
    </AdminPage>
  );
}
