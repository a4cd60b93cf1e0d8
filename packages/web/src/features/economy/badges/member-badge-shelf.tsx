import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { Card, Skeleton } from '../../../ui';
import { BadgeMedal } from './badge-medal';
import { badgePath, badgesPath, memberBadgesQuery } from './badges-queries';

/** The profile's badges: each medal links to its badge page; an empty shelf says how to fill it. */
export function MemberBadgeShelf({ memberId, name, isMe }: { memberId: string; name: string; isMe: boolean }) {
  const { t } = useTranslation('badges');
  const format = useFormat();
  const held = useQuery(memberBadgesQuery(memberId));
  return (
    <Card as="section" aria-labelledby="member-badges" className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-3">
        <h2 id="member-badges" className="text-lg font-semibold">
          {t('shelf.title')}
        </h2>
        <Link href={badgesPath} className="text-sm font-medium text-accent-text underline-offset-4 hover:underline">
          {t('shelf.all')}
        </Link>
      </div>
      {held.isPending ? (
        <Skeleton className="h-14 w-full" />
      ) : !held.data || held.data.items.length === 0 ? (
        <p className="text-text-muted">{isMe ? t('shelf.noneMine') : t('shelf.none', { name })}</p>
      ) : (
        <ul className="flex flex-wrap gap-3" data-testid="badge-shelf">
          {held.data.items.map(({ badge, awardedAt }) => (
            <li key={badge.id}>
              <Link
                href={badgePath(badge.id)}
                className="flex items-center gap-2 rounded-full border border-border bg-surface py-1 pr-3 pl-1 hover:bg-surface-muted"
                title={badge.description}
              >
                <BadgeMedal icon={badge.icon} tier={badge.tier} size="sm" />
                <span className="flex flex-col leading-tight">
                  <span className="text-sm font-medium">{badge.name}</span>
                  <span className="text-xs text-text-muted">{t('badge.since', { date: format.date(awardedAt) })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
