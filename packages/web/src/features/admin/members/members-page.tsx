import { memberRoutes, type AdminMember } from '@hearth/contracts';
import { SearchX, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCommunity } from '../../../api/session';
import { useFormat } from '../../../app/format/use-format';
import { useSignedInMember } from '../../../app/session/session-context';
import { Button, buttonClass, EmptyState, SkeletonText } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { AdminPage } from '../shared/admin-page';
import { LoadMore } from '../shared/load-more';
import { QueryError } from '../shared/query-error';
import { hasRole } from '../shared/staff-role';
import { itemsOf, useApiPages } from '../shared/use-api-pages';
import { useIsWide } from '../shared/use-is-wide';
import { BulkTierBar } from './bulk-tier-bar';
import { MemberFiltersBar } from './member-filters';
import { hasAnyFilter, useMemberFilters } from './member-filters-state';
import { MembersTable } from './members-table';

const PAGE_SIZE = 25;
const CLEARED_FILTERS = { q: undefined, status: undefined, role: undefined, tierId: undefined, source: undefined };

/** The members console: filters from the URL, a paged table, and (for admins) moving selected members to a tier. */
export default function MembersPage() {
  const { t } = useTranslation('admin');
  const me = useSignedInMember();
  const format = useFormat();
  const isWide = useIsWide();
  const community = useCommunity();
  const tiers = community.data?.tiers ?? [];
  const [filters, setFilters] = useMemberFilters();
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const list = useApiPages(memberRoutes.adminMembers, { limit: PAGE_SIZE, ...filters });
  const members = itemsOf(list.data);
  const canMove = hasRole(me.role, 'admin');
  const selected = members.filter((member) => selectedIds.has(member.id));

  const select = (ids: Iterable<string>) => setSelectedIds(new Set(ids));
  const selection = canMove
    ? {
        selected: selectedIds,
        onChange: (id: string, isSelected: boolean) =>
          select(isSelected ? [...selectedIds, id] : [...selectedIds].filter((selectedId) => selectedId !== id)),
        onChangeAll: (isSelected: boolean) => select(isSelected ? members.map((member) => member.id) : []),
        selectAllLabel: t('members.selectAll'),
        selectRowLabel: (member: AdminMember) => t('members.selectRow', { name: member.displayName }),
      }
    : undefined;

  return (
    <AdminPage
      title={t('sections.members.title')}
      description={t('members.description')}
      actions={
        canMove && (
          <Link href={adminPaths.invites} className={buttonClass({ variant: 'secondary', size: 'sm' })}>
            <UserPlus className="size-4" aria-hidden="true" />
            {t('members.invite')}
          </Link>
        )
      }
    >
      <MemberFiltersBar
        filters={filters}
        tiers={tiers}
        onChange={(patch) => {
          select([]);
          setFilters(patch);
        }}
      />
      {selected.length > 0 && <BulkTierBar selected={selected} tiers={tiers} onKeepSelected={select} />}
      {list.isPending && <SkeletonText lines={6} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && members.length === 0 && (
        <EmptyState
          icon={<SearchX className="size-6" />}
          title={hasAnyFilter(filters) ? t('members.empty.filteredTitle') : t('members.empty.title')}
          action={
            hasAnyFilter(filters) && (
              <Button variant="secondary" onClick={() => setFilters(CLEARED_FILTERS)}>
                {t('members.filters.clear')}
              </Button>
            )
          }
        >
          {hasAnyFilter(filters) ? t('members.empty.filteredBody') : t('members.empty.body')}
        </EmptyState>
      )}
      {members.length > 0 && (
        <>
          <p className="num text-sm text-text-muted" aria-live="polite">
            {list.hasNextPage
              ? t('members.shownMore', { count: members.length, shown: format.number(members.length) })
              : t('members.shown', { count: members.length, shown: format.number(members.length) })}
          </p>
          <MembersTable
            members={members}
            layout={isWide ? 'table' : 'cards'}
            selection={selection}
            onSource={(source) => setFilters({ source })}
          />
        </>
      )}
      <LoadMore hasMore={list.hasNextPage} isLoading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </AdminPage>
  );
}
