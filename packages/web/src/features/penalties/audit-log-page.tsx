import { auditRoutes, type AuditEntry, type AuditFilter } from '@hearth/contracts';
import { Download, ScrollText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildPath } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useMediaQuery } from '../../app/use-media-query';
import { Button, DataTable, EmptyState, LoadMore, SkeletonText, TextField, type DataColumn } from '../../ui';
import { AdminPage } from '../admin/shared/admin-page';
import { QueryError } from '../admin/shared/query-error';
import { itemsOf, useApiPages } from '../admin/shared/use-api-pages';

const FIELDS = ['actorId', 'action', 'targetId', 'from', 'to'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;
const EMPTY: Draft = { actorId: '', action: '', targetId: '', from: '', to: '' };

/** Only the filled fields, as the API takes them. */
const toFilter = (draft: Draft): AuditFilter =>
  Object.fromEntries(
    Object.entries(draft)
      .filter(([, value]) => value.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  ) as AuditFilter;

const changeOf = (entry: AuditEntry) => [entry.before, entry.after].map((side) => (side ? JSON.stringify(side) : '—')).join(' → ');

/** Admin → Audit log: who did what, when and why, filtered, with a CSV export of the same filter. */
export default function AuditLogPage() {
  const { t } = useTranslation(['penalties', 'admin']);
  const format = useFormat();
  const isWide = useMediaQuery('(min-width: 1024px)');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>({});
  const entries = useApiPages(auditRoutes.listAudit, { limit: 50, ...filter });
  const rows = itemsOf(entries.data);
  const columns: DataColumn<AuditEntry>[] = [
    { id: 'what', header: t('audit.what'), isPrimary: true, cell: (e) => <code className="text-sm">{e.action}</code> },
    { id: 'time', header: t('audit.time'), cell: (e) => format.dateTime(e.createdAt), className: 'whitespace-nowrap' },
    { id: 'who', header: t('audit.who'), cell: (e) => e.actor?.displayName || e.actor?.id || t('audit.system') },
    { id: 'on', header: t('audit.on'), cell: (e) => `${e.targetKind}${e.targetId ? ` ${e.targetId.slice(-8)}` : ''}` },
    { id: 'why', header: t('audit.why'), cell: (e) => <span className="break-words">{e.reason ?? ''}</span> },
    {
      id: 'change',
      header: t('audit.change'),
      cell: (e) => <span className="font-mono text-xs break-all">{changeOf(e)}</span>,
      className: 'max-w-md',
    },
  ];
  return (
    <AdminPage title={t('admin:sections.audit.title')} description={t('audit.description')}>
      <form
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(toFilter(draft));
        }}
      >
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`audit.${field === 'actorId' ? 'actor' : field === 'targetId' ? 'target' : field}`)}
            type={field === 'from' || field === 'to' ? 'date' : 'text'}
            value={draft[field]}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        ))}
        <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
          <Button type="submit">{t('audit.apply')}</Button>
          <a
            className="inline-flex min-h-11 items-center gap-2 rounded-xl border border-border px-4 font-medium hover:bg-surface-muted"
            href={buildPath(auditRoutes.exportAudit.path, undefined, filter)}
            download
          >
            <Download className="size-5" aria-hidden="true" />
            {t('audit.export')}
          </a>
        </div>
      </form>
      {entries.isPending && <SkeletonText lines={8} />}
      {entries.isError && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.isSuccess && rows.length === 0 && (
        <EmptyState icon={<ScrollText className="size-6" aria-hidden="true" />} title={t('audit.empty')} />
      )}
      {rows.length > 0 && (
        <DataTable
          caption={t('admin:sections.audit.title')}
          columns={columns}
          rows={rows}
          rowKey={(e) => e.id}
          layout={isWide ? 'table' : 'cards'}
        />
      )}
      {entries.hasNextPage && (
        <LoadMore onLoadMore={() => void entries.fetchNextPage()} isLoading={entries.isFetchingNextPage} label={t('audit.more')} />
      )}
    </AdminPage>
  );
}
