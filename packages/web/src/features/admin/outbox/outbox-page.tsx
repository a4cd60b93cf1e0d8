import { mailRoutes } from '@hearth/contracts';
import { MailOpen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState, SkeletonText } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { LoadMore } from '../shared/load-more';
import { QueryError } from '../shared/query-error';
import { itemsOf, useApiPages } from '../shared/use-api-pages';
import { OutboxMailItem } from './outbox-mail';

/** Every mail Hearth sent or holds, newest first: without SMTP this is where magic links and decisions are read. */
export default function OutboxPage() {
  const { t } = useTranslation('admin');
  const list = useApiPages(mailRoutes.outbox, { limit: 20 });
  const mails = itemsOf(list.data);
  return (
    <AdminPage title={t('sections.outbox.title')} description={t('outbox.description')}>
      {list.isPending && <SkeletonText lines={6} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && mails.length === 0 && (
        <EmptyState icon={<MailOpen className="size-6" />} title={t('outbox.empty.title')}>
          {t('outbox.empty.body')}
        </EmptyState>
      )}
      {mails.length > 0 && (
        <ul aria-label={t('outbox.listLabel')} className="flex flex-col gap-2">
          {mails.map((mail) => (
            <li key={mail.id}>
              <OutboxMailItem mail={mail} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore hasMore={list.hasNextPage} isLoading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </AdminPage>
  );
}
