import type { AdminMember } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { Avatar, DataTable, type DataColumn, type DataTableSelection } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { MemberStatusBadge } from '../shared/member-status-badge';
import { useShortDate } from '../shared/use-short-date';

export interface MembersTableProps {
  members: readonly AdminMember[];
  layout: 'table' | 'cards';
  selection?: DataTableSelection<AdminMember>;
  /** Filters the list to one source label (clicking a member's source). */
  onSource: (source: string) => void;
}

/** Avatar, name and email (opening the member), role, tier, status, source and when they joined. */
export function MembersTable({ members, layout, selection, onSource }: MembersTableProps) {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const shortDate = useShortDate();
  const columns: DataColumn<AdminMember>[] = [
    {
      id: 'member',
      header: t('members.columns.member'),
      isPrimary: true,
      // Takes the room the other columns leave; long emails are cut rather than widening the table.
      className: 'w-full min-w-[16rem]',
      cell: (member) => (
        <div className="flex min-w-0 items-center gap-3">
          <Avatar name={member.displayName} src={member.avatarUrl} size={layout === 'table' ? 'sm' : 'md'} isDecorative />
          <div className="flex min-w-0 flex-1 flex-col md:w-0">
            <Link href={adminPaths.member(member.id)} className="truncate font-medium text-text underline-offset-2 hover:underline">
              {member.displayName}
            </Link>
            <span className="truncate text-sm text-text-muted" title={member.email}>
              {member.email}
            </span>
          </div>
        </div>
      ),
    },
    layout === 'table'
      ? {
          id: 'roleTier',
          header: t('members.columns.roleTier'),
          cell: (member) => (
            <div className="flex flex-col">
              <span className="whitespace-nowrap">{t(`common:roles.${member.role}`)}</span>
              <span className="max-w-[8rem] text-text-muted break-words">{member.tier.name}</span>
            </div>
          ),
        }
      : { id: 'role', header: t('members.columns.role'), cell: (member) => t(`common:roles.${member.role}`) },
    ...(layout === 'table' ? [] : [{ id: 'tier', header: t('members.columns.tier'), cell: (member: AdminMember) => member.tier.name }]),
    { id: 'status', header: t('members.columns.status'), cell: (member) => <MemberStatusBadge status={member.status} /> },
    {
      id: 'source',
      header: t('members.columns.source'),
      cell: (member) =>
        member.source ? (
          <button
            type="button"
            onClick={() => onSource(member.source!)}
            title={t('members.filterBySource', { source: member.source })}
            className="block max-w-full truncate rounded text-left font-mono text-sm text-accent-text underline-offset-2 hover:underline md:max-w-[9rem]"
          >
            {member.source}
          </button>
        ) : (
          <span className="text-text-muted">{t('members.noSource')}</span>
        ),
    },
    {
      id: 'joined',
      header: t('members.columns.joined'),
      cell: (member) => (
        <time dateTime={member.joinedAt} title={format.dateTime(member.joinedAt)} className="num whitespace-nowrap">
          {shortDate(member.joinedAt)}
        </time>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('members.tableCaption')}
      columns={columns}
      rows={members}
      rowKey={(member) => member.id}
      layout={layout}
      selection={selection}
    />
  );
}
