import type { Leaderboard, LeaderboardMetric, LeaderboardPeriod } from '@hearth/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Trophy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { paths } from '../../../app/routes';
import { useSignedInMember } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Avatar, Card, cn, EmptyState, PageHeader, Skeleton } from '../../../ui';
import { leaderboardQuery } from './leaderboard-queries';
import { SegmentedChoice } from './segmented-choice';

const METRICS: readonly LeaderboardMetric[] = ['points', 'tips', 'answers'];
const PERIODS: readonly LeaderboardPeriod[] = ['week', 'month', 'all'];
const MEDALS = ['🥇', '🥈', '🥉'];

function Rank({ rank }: { rank: number }) {
  const { t } = useTranslation('badges');
  return (
    <span className="w-10 shrink-0 text-center text-lg font-semibold tabular-nums">
      {rank <= 3 ? (
        <>
          <span aria-hidden="true">{MEDALS[rank - 1]}</span>
          <span className="sr-only">{t('leaderboards.rank', { rank })}</span>
        </>
      ) : (
        rank
      )}
    </span>
  );
}

function Board({ board, meId }: { board: Leaderboard; meId: string }) {
  const { t } = useTranslation('badges');
  const format = useFormat();
  const window =
    board.from && board.to
      ? t('leaderboards.window', { from: format.date(`${board.from}T12:00:00Z`), to: format.date(`${board.to}T12:00:00Z`) })
      : t('leaderboards.allTime');
  const score = (n: number) => t(`leaderboards.score.${board.metric}`, { count: n });
  return (
    <div className="flex flex-col gap-4">
      <Card tone="default" className="flex flex-wrap items-center justify-between gap-3" data-testid="my-rank">
        <div className="flex flex-col">
          <span className="text-sm text-text-muted">{t('leaderboards.me')}</span>
          {board.isHidden ? (
            <span>{t('leaderboards.hidden')}</span>
          ) : board.me ? (
            <span className="text-xl font-semibold tabular-nums">
              {t('leaderboards.rank', { rank: board.me.rank })} · {score(board.me.score)}
            </span>
          ) : (
            <span>{t('leaderboards.notRanked')}</span>
          )}
        </div>
        <span className="text-sm text-text-muted">{window}</span>
      </Card>
      {board.items.length === 0 ? (
        <EmptyState icon={<Trophy className="size-8" aria-hidden="true" />} title={t('leaderboards.empty')} />
      ) : (
        <Card className="!p-2 sm:!p-3">
          <ol aria-label={t('leaderboards.list')} className="flex flex-col divide-y divide-border">
            {board.items.map((entry) => (
              <li
                key={entry.member.id}
                className={cn('flex items-center gap-3 px-2 py-2.5', entry.member.id === meId && 'rounded-xl bg-accent-soft')}
              >
                <Rank rank={entry.rank} />
                <Avatar name={entry.member.displayName} src={entry.member.avatarUrl} size="sm" isDecorative />
                <Link href={paths.member(entry.member.id)} className="min-w-0 flex-1 truncate font-medium hover:underline">
                  {entry.member.displayName}
                </Link>
                <span className="shrink-0 text-text-muted tabular-nums">{score(entry.score)}</span>
              </li>
            ))}
          </ol>
        </Card>
      )}
    </div>
  );
}

/** /leaderboards — points earned, tips received and accepted answers, this week, this month or all time. */
export default function LeaderboardsPage() {
  const { t } = useTranslation('badges');
  const me = useSignedInMember();
  const errorText = useErrorText();
  const [metric, setMetric] = useState<LeaderboardMetric>('points');
  const [period, setPeriod] = useState<LeaderboardPeriod>('week');
  const board = useQuery({ ...leaderboardQuery(metric, period), placeholderData: keepPreviousData });
  useDocumentTitle(t('leaderboards.title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('leaderboards.title')} description={t('leaderboards.description')} />
      <div className="flex flex-col gap-3">
        <SegmentedChoice
          label={t('leaderboards.metricLabel')}
          options={METRICS.map((m) => ({ value: m, label: t(`leaderboards.metric.${m}`) }))}
          value={metric}
          onChange={setMetric}
        />
        <SegmentedChoice
          label={t('leaderboards.periodLabel')}
          options={PERIODS.map((p) => ({ value: p, label: t(`leaderboards.period.${p}`) }))}
          value={period}
          onChange={setPeriod}
        />
      </div>
      {board.isPending ? (
        <Skeleton className="h-72 w-full rounded-2xl" />
      ) : board.isError ? (
        <Alert tone="danger" title={t('leaderboards.loadFailed')}>
          <p>{errorText(board.error)}</p>
        </Alert>
      ) : (
        <Board board={board.data} meId={me.id} />
      )}
    </div>
  );
}
