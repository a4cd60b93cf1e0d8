import { MemberStatus, Role } from '@hearth/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';

export interface MemberFilters {
  status?: MemberStatus;
  role?: Role;
  tierId?: string;
  source?: string;
  q?: string;
}

export type MemberFilterName = keyof MemberFilters;

const NAMES: readonly MemberFilterName[] = ['status', 'role', 'tierId', 'source', 'q'];

/** Reads the filters from a query string, dropping values the API would refuse. */
export function parseMemberFilters(params: URLSearchParams): MemberFilters {
  const status = MemberStatus.safeParse(params.get('status'));
  const role = Role.safeParse(params.get('role'));
  const text = (name: string, max: number) => params.get(name)?.trim().slice(0, max) || undefined;
  return {
    ...(status.success ? { status: status.data } : {}),
    ...(role.success ? { role: role.data } : {}),
    ...(text('tierId', 64) ? { tierId: text('tierId', 64) } : {}),
    ...(text('source', 60) ? { source: text('source', 60) } : {}),
    ...(text('q', 100) ? { q: text('q', 100) } : {}),
  };
}

export function hasAnyFilter(filters: MemberFilters): boolean {
  return NAMES.some((name) => filters[name] !== undefined);
}

/**
 * The members console's filters, kept in the URL (`?status=pending&tierId=…`) so they survive
 * a reload and can be shared. Changing them replaces the history entry rather than adding one.
 */
export function useMemberFilters(): [MemberFilters, (patch: Partial<Record<MemberFilterName, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseMemberFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<Record<MemberFilterName, string | undefined>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, update];
}
