import { memberRoutes, type AdminMember } from '@hearth/contracts';
import { Inbox } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCommunity } from '../../../api/session';
import { buttonClass, EmptyState, SkeletonText } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { AdminPage } from '../shared/admin-page';
import { LoadMore } from '../shared/load-more';
import { QueryError } from '../shared/query-error';
import { itemsOf, pagesKey, useApiPages } from '../shared/use-api-pages';
import { ApplicationCard } from './application-card';
import { ShortcutHelp } from '../shared/shortcut-help';
import { useDecideInQueue } from './use-decide-in-queue';
import { useQueueShortcuts } from '../shared/use-queue-shortcuts';

const QUERY = { status: 'pending', limit: 20 } as const;
const SHORTCUT_NAMES = { j: 'next', k: 'previous', a: 'approve', d: 'decline' } as const;

/** The applications waiting for a decision (newest first), with keyboard shortcuts for going through them. */
export default function ApplicationsPage() {
  const { t } = useTranslation('admin');
  const community = useCommunity();
  const queue = useApiPages(memberRoutes.adminMembers, QUERY);
  const applicants = itemsOf(queue.data);
  const decide = useDecideInQueue(pagesKey(memberRoutes.adminMembers, QUERY));
  const [currentIndex, setCurrentIndex] = useState(0);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const cards = useRef(new Map<string, HTMLElement>());
  const current = Math.min(currentIndex, Math.max(applicants.length - 1, 0));

  const moveTo = (index: number) => {
    const target = applicants[Math.max(0, Math.min(index, applicants.length - 1))];
    if (!target) return;
    setCurrentIndex(applicants.indexOf(target));
    const element = cards.current.get(target.id);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const decideOn = (member: AdminMember | undefined, decision: 'approve' | 'decline') => {
    if (!member) return;
    decide.mutate({ member, decision, reason: reasons[member.id] ?? '' });
  };

  // A decided card leaves the list; keep keyboard users on the one that takes its place.
  const currentId = applicants[current]?.id;
  useEffect(() => {
    if (currentId && (document.activeElement === document.body || !document.activeElement)) {
      cards.current.get(currentId)?.focus({ preventScroll: true });
    }
  }, [currentId]);

  useQueueShortcuts({
    j: () => moveTo(current + 1),
    k: () => moveTo(current - 1),
    a: () => decideOn(applicants[current], 'approve'),
    d: () => decideOn(applicants[current], 'decline'),
  });

  const isApplicationPolicy = community.data?.joinPolicy === 'application';
  return (
    <AdminPage title={t('sections.applications.title')} description={t('applications.description')}>
      <ShortcutHelp
        keys={(['j', 'k', 'a', 'd'] as const).map((key) => ({ key, label: t(`applications.shortcuts.${SHORTCUT_NAMES[key]}`) }))}
      />
      {queue.isPending && <SkeletonText lines={6} />}
      {queue.isError && <QueryError error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && applicants.length === 0 && (
        <EmptyState
          icon={<Inbox className="size-6" />}
          title={t('applications.empty.title')}
          action={
            !isApplicationPolicy && (
              <Link href={adminPaths.join} className={buttonClass({ variant: 'secondary' })}>
                {t('applications.empty.toJoinPolicy')}
              </Link>
            )
          }
        >
          {isApplicationPolicy ? t('applications.empty.body') : t('applications.empty.notApplicationPolicy')}
        </EmptyState>
      )}
      {applicants.length > 0 && (
        <ul aria-label={t('applications.listLabel')} className="flex flex-col gap-4">
          {applicants.map((member, index) => (
            <li key={member.id}>
              <ApplicationCard
                ref={(element) => {
                  if (element) cards.current.set(member.id, element);
                  else cards.current.delete(member.id);
                }}
                member={member}
                isCurrent={index === current}
                reason={reasons[member.id] ?? ''}
                onReason={(reason) => setReasons((all) => ({ ...all, [member.id]: reason }))}
                onApprove={() => decideOn(member, 'approve')}
                onDecline={() => decideOn(member, 'decline')}
                onFocusWithin={() => setCurrentIndex(index)}
              />
            </li>
          ))}
        </ul>
      )}
      <LoadMore hasMore={queue.hasNextPage} isLoading={queue.isFetchingNextPage} onLoad={() => void queue.fetchNextPage()} />
    </AdminPage>
  );
}
