import type { AppealQueueItem } from '@hearth/contracts';
import { Scale } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, EmptyState, LoadMore, SectionCard, SkeletonText, TextField } from '../../ui';
import { AdminPage } from '../admin/shared/admin-page';
import { QueryError } from '../admin/shared/query-error';
import { itemsOf } from '../admin/shared/use-api-pages';
import { PenaltySummary } from './penalty-summary';
import { useAppeals, useDecideAppeal } from './penalty-queries';

/** Admin → Appeals: pending appeals, each with its penalty, to uphold or overturn with a reason. */
export default function AppealsPage() {
  const { t } = useTranslation(['penalties', 'admin']);
  const appeals = useAppeals();
  const items = itemsOf(appeals.data);
  return (
    <AdminPage title={t('admin:sections.appeals.title')} description={t('appeals.description')}>
      {appeals.isPending && <SkeletonText lines={6} />}
      {appeals.isError && <QueryError error={appeals.error} onRetry={() => void appeals.refetch()} />}
      {appeals.isSuccess && items.length === 0 && (
        <EmptyState icon={<Scale className="size-6" aria-hidden="true" />} title={t('appeals.empty')} />
      )}
      <ul aria-label={t('appeals.listLabel')} className="flex flex-col gap-4">
        {items.map((item) => (
          <li key={item.appeal.id}>
            <AppealCard item={item} />
          </li>
        ))}
      </ul>
      {appeals.hasNextPage && (
        <LoadMore onLoadMore={() => void appeals.fetchNextPage()} isLoading={appeals.isFetchingNextPage} label={t('appeals.more')} />
      )}
    </AdminPage>
  );
}

function AppealCard({ item }: { item: AppealQueueItem }) {
  const { t } = useTranslation('penalties');
  const errorText = useErrorText();
  const decide = useDecideAppeal();
  const [reason, setReason] = useState('');
  const { appeal, penalty } = item;
  const send = (outcome: 'uphold' | 'overturn') => decide.mutate({ id: appeal.id, outcome, reason: reason.trim() });
  return (
    <SectionCard
      title={t('appeals.by', {
        member: penalty.member.displayName,
        kind: t(`kind.${penalty.kind}`),
        moderator: penalty.moderator.displayName,
      })}
    >
      <div className="flex flex-col gap-3" data-testid="appeal-item">
        <PenaltySummary penalty={penalty} />
        <blockquote className="rounded-xl border border-border bg-surface-muted p-3 break-words whitespace-pre-wrap">
          {appeal.text}
        </blockquote>
        <TextField label={t('appeals.reason')} value={reason} maxLength={1000} required onChange={(e) => setReason(e.target.value)} />
        {decide.error && <Alert tone="danger">{errorText(decide.error)}</Alert>}
        <div className="flex flex-wrap gap-2">
          <Button isLoading={decide.isPending} disabled={!reason.trim()} onClick={() => send('overturn')}>
            {t('appeals.overturn')}
          </Button>
          <Button variant="secondary" disabled={!reason.trim() || decide.isPending} onClick={() => send('uphold')}>
            {t('appeals.uphold')}
          </Button>
        </div>
      </div>
    </SectionCard>
  );
}
