import type { SpaceKind } from '@hearth/contracts';

export const SORTS = ['latest', 'top', 'unanswered'] as const;
export const PERIODS = ['day', 'week', 'month', 'all'] as const;
export type ThreadSort = (typeof SORTS)[number];
export type ThreadPeriod = (typeof PERIODS)[number];

export interface ThreadOrder {
  sort: ThreadSort;
  /** Only meaningful for `top`. */
  period: ThreadPeriod;
}

/** The sorts a space offers: "unanswered" only where questions get answers (Q&A spaces). */
export function sortsFor(kind: SpaceKind): ThreadSort[] {
  return kind === 'qa' ? [...SORTS] : SORTS.filter((sort) => sort !== 'unanswered');
}

/** `?sort=top&period=week` → the order to list threads in; anything unknown (or not offered here) falls back to latest. */
export function parseOrder(params: URLSearchParams, kind: SpaceKind): ThreadOrder {
  const sort = params.get('sort');
  const period = params.get('period');
  const chosen = (sortsFor(kind) as string[]).includes(sort ?? '') ? (sort as ThreadSort) : 'latest';
  return {
    sort: chosen,
    period:
      chosen === 'top' && (PERIODS as readonly string[]).includes(period ?? '')
        ? (period as ThreadPeriod)
        : chosen === 'top'
          ? 'week'
          : 'all',
  };
}

/** The URL search for an order; the default (latest) leaves the URL clean. */
export function orderSearch(order: ThreadOrder): Record<string, string> {
  if (order.sort === 'latest') return {};
  if (order.sort === 'top') return { sort: 'top', period: order.period };
  return { sort: order.sort };
}
