import { MemberStatus, Role, type TierRef } from '@hearth/contracts';
import { Search, SlidersHorizontal, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, Select, TextField } from '../../../ui';
import { useDebouncedCommit } from '../shared/use-debounced-commit';
import { useIsWide } from '../shared/use-is-wide';
import { hasAnyFilter, type MemberFilterName, type MemberFilters } from './member-filters-state';

export interface MemberFiltersProps {
  filters: MemberFilters;
  tiers: readonly TierRef[];
  onChange: (patch: Partial<Record<MemberFilterName, string | undefined>>) => void;
}

const CLEARED = { q: undefined, status: undefined, role: undefined, tierId: undefined, source: undefined };

/**
 * Name search (partial, 繁/简 alike) and the status, role, tier and source filters of the
 * members console. On phones the four filters fold away under one button, so the list starts
 * on the first screen.
 */
export function MemberFiltersBar({ filters, tiers, onChange }: MemberFiltersProps) {
  const { t } = useTranslation(['admin', 'common']);
  const isWide = useIsWide();
  const [query, setQuery] = useDebouncedCommit(filters.q ?? '', (q) => onChange({ q }));
  const [source, setSource] = useDebouncedCommit(filters.source ?? '', (value) => onChange({ source: value }), 500);
  const any = { value: '', label: t('members.filters.any') };
  const activeCount = [filters.status, filters.role, filters.tierId, filters.source].filter(Boolean).length;

  const search = (
    <div className="relative md:col-span-2 2xl:col-span-1">
      <TextField
        type="search"
        label={t('members.filters.search')}
        placeholder={t('members.filters.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        enterKeyHint="search"
        maxLength={100}
        className="[&_input]:pl-9"
      />
      <Search className="pointer-events-none absolute bottom-3.5 left-3 size-4 text-text-muted" aria-hidden="true" />
    </div>
  );
  const narrowing = (
    <>
      <Select
        label={t('members.filters.status')}
        value={filters.status ?? ''}
        onChange={(event) => onChange({ status: event.target.value })}
        options={[any, ...MemberStatus.options.map((status) => ({ value: status, label: t(`status.${status}`) }))]}
      />
      <Select
        label={t('members.filters.role')}
        value={filters.role ?? ''}
        onChange={(event) => onChange({ role: event.target.value })}
        options={[any, ...Role.options.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))]}
      />
      <Select
        label={t('members.filters.tier')}
        value={filters.tierId ?? ''}
        onChange={(event) => onChange({ tierId: event.target.value })}
        options={[any, ...tiers.map((tier) => ({ value: tier.id, label: tier.name }))]}
      />
      <TextField
        label={t('members.filters.source')}
        placeholder={t('members.filters.sourcePlaceholder')}
        value={source}
        onChange={(event) => setSource(event.target.value)}
        maxLength={60}
        autoComplete="off"
        spellCheck={false}
      />
    </>
  );

  return (
    <div role="search" aria-label={t('members.filters.label')} className="flex flex-col gap-3">
      {isWide ? (
        <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))]">
          {search}
          {narrowing}
        </div>
      ) : (
        <>
          {search}
          <details open={activeCount > 0} className="group rounded-xl border border-border bg-surface">
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-xl px-3 font-medium [&::-webkit-details-marker]:hidden">
              <SlidersHorizontal className="size-4 text-text-muted" aria-hidden="true" />
              {activeCount > 0 ? t('members.filters.moreActive', { count: activeCount }) : t('members.filters.more')}
            </summary>
            <div className="flex flex-col gap-3 border-t border-border p-3">{narrowing}</div>
          </details>
        </>
      )}
      {hasAnyFilter(filters) && (
        <Button
          variant="ghost"
          size="sm"
          className="self-start"
          onClick={() => onChange(CLEARED)}
          icon={<X className="size-4" aria-hidden="true" />}
        >
          {t('members.filters.clear')}
        </Button>
      )}
    </div>
  );
}
