import { searchRoutes, type SearchHit } from '@hearth/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Hash, MessageCircle, MessagesSquare, Search, UserRound } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Card, cn, controlClass, EmptyState, LoadMore, PageHeader, SkeletonText } from '../../ui';
import { HighlightedText } from './highlighted-text';
import { hitHref } from './hit-link';

const KINDS = ['all', 'post', 'comment', 'message', 'member', 'space'] as const;
type KindFilter = (typeof KINDS)[number];
const ICONS = { post: MessagesSquare, comment: MessagesSquare, message: MessageCircle, member: UserRound, space: Hash } as const;

function useSearch(q: string, kind: KindFilter) {
  return useInfiniteQuery({
    queryKey: [...routeKey(searchRoutes.search), q, kind],
    queryFn: ({ pageParam, signal }) =>
      call(searchRoutes.search, {
        query: { q, limit: 20, ...(kind === 'all' ? {} : { kind }), ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: q !== '',
  });
}

/** Quick matches while typing, before the search is run. */
function useSuggestions(text: string) {
  const [debounced, setDebounced] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(text.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [text]);
  return useQuery({
    queryKey: [...routeKey(searchRoutes.suggest), debounced],
    queryFn: ({ signal }) => call(searchRoutes.suggest, { query: { q: debounced }, signal }),
    enabled: debounced !== '',
    staleTime: 30_000,
  });
}

function HitRow({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const Icon = ICONS[hit.kind];
  return (
    <li>
      <Link href={hitHref(hit)} className="flex gap-3 rounded-xl p-3 hover:bg-surface-muted">
        {hit.kind === 'member' && hit.author ? (
          <Avatar name={hit.author.displayName} src={hit.author.avatarUrl} size="md" />
        ) : (
          <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-surface-muted text-text-muted">
            <Icon className="size-5" aria-hidden="true" />
          </span>
        )}
        <span className="flex min-w-0 flex-col gap-0.5">
          <span className="text-xs font-medium text-text-muted">
            {t(`kinds.${hit.kind}`)}
            {hit.author && hit.kind !== 'member' ? ` · ${hit.author.displayName}` : ''}
            {hit.createdAt ? ` · ${format.relative(hit.createdAt)}` : ''}
          </span>
          {hit.title && <span className="font-semibold break-words">{hit.title}</span>}
          {hit.snippet && (
            <span className="text-sm break-words text-text-muted">
              <HighlightedText text={hit.snippet} ranges={hit.highlights} />
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}

/** /search?q=&kind= — one box over threads, comments, chat, members and spaces. */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const format = useFormat();
  const errorText = useErrorText();
  const inputId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const kindParam = searchParams.get('kind') ?? 'all';
  const kind: KindFilter = (KINDS as readonly string[]).includes(kindParam) ? (kindParam as KindFilter) : 'all';
  const [text, setText] = useState(q);
  const [isSuggesting, setSuggesting] = useState(false);
  useEffect(() => setText(q), [q]);
  useDocumentTitle(q ? t('titleWith', { q }) : t('title'));
  const results = useSearch(q, kind);
  const suggestions = useSuggestions(isSuggesting ? text : '');
  const hits = results.data?.pages.flatMap((page) => page.items) ?? [];
  const total = results.data?.pages[0]?.total;
  const run = (next: { q?: string; kind?: KindFilter }) => {
    const params: Record<string, string> = {};
    const nextQ = (next.q ?? q).trim();
    const nextKind = next.kind ?? kind;
    if (nextQ) params.q = nextQ;
    if (nextKind !== 'all') params.kind = nextKind;
    setSearchParams(params);
    setSuggesting(false);
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} description={t('description')} />
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          run({ q: text });
        }}
        className="relative flex flex-col gap-2"
      >
        <label htmlFor={inputId} className="sr-only">
          {t('label')}
        </label>
        <Search className="pointer-events-none absolute top-3.5 left-3 size-4 text-text-muted" aria-hidden="true" />
        <input
          id={inputId}
          type="search"
          value={text}
          autoFocus={!q}
          onChange={(event) => {
            setText(event.target.value);
            setSuggesting(true);
          }}
          onKeyDown={(event) => event.key === 'Escape' && setSuggesting(false)}
          placeholder={t('placeholder')}
          enterKeyHint="search"
          className={cn(controlClass, 'min-h-11 pl-9')}
        />
        {isSuggesting && (suggestions.data?.items.length ?? 0) > 0 && (
          <ul aria-label={t('suggestions')} className="flex flex-col rounded-xl border border-border bg-surface p-1 shadow-card">
            {suggestions.data!.items.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <Link href={hitHref(item)} className="flex items-center gap-2 rounded-lg px-3 py-2 text-sm hover:bg-surface-muted">
                  <span className="text-xs text-text-muted">{t(`kinds.${item.kind}`)}</span>
                  <span className="truncate">{item.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </form>
      <div role="group" aria-label={t('filter')} className="flex flex-wrap gap-2">
        {KINDS.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={kind === option}
            onClick={() => run({ kind: option })}
            className={cn(
              'min-h-9 rounded-full border px-3 text-sm font-medium',
              kind === option ? 'border-accent-text bg-accent-soft text-accent-text' : 'border-border hover:bg-surface-muted',
            )}
          >
            {t(`filters.${option}`)}
          </button>
        ))}
      </div>
      {!q ? (
        <EmptyState icon={<Search className="size-6" />} title={t('startTitle')}>
          {t('startBody')}
        </EmptyState>
      ) : results.isPending ? (
        <Card aria-busy="true">
          <span className="sr-only" role="status">
            {t('loading')}
          </span>
          <SkeletonText lines={4} />
        </Card>
      ) : results.isError ? (
        <Alert tone="danger" title={t('failed')}>
          {errorText(results.error)}
        </Alert>
      ) : hits.length === 0 ? (
        <EmptyState icon={<Search className="size-6" />} title={t('noneTitle', { q })}>
          {t('noneBody')}
        </EmptyState>
      ) : (
        <section aria-label={t('resultsLabel', { q })} className="flex flex-col gap-2">
          {total && (
            <p className="text-sm text-text-muted" role="status">
              {t(total.isCapped ? 'resultCountCapped' : 'resultCount', { count: total.count, shown: format.number(total.count) })}
            </p>
          )}
          <ul className="flex flex-col gap-1">
            {hits.map((hit) => (
              <HitRow key={`${hit.kind}-${hit.id}`} hit={hit} />
            ))}
          </ul>
          {results.hasNextPage && (
            <LoadMore label={t('loadMore')} isLoading={results.isFetchingNextPage} onLoadMore={() => void results.fetchNextPage()} />
          )}
        </section>
      )}
    </div>
  );
}
