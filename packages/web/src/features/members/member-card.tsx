import type { MemberSummary } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { Avatar, Badge, Skeleton } from '../../ui';
import { LevelBadge } from '../economy/earning/level-badge';
import { MemberBadges } from './member-badges';

/** One member in the directory: photo or initials, name, badges, the start of the bio, when they joined. */
export function MemberCard({ member, isMe }: { member: MemberSummary; isMe: boolean }) {
  const { t } = useTranslation('members');
  const format = useFormat();
  return (
    <Link
      href={paths.member(member.id)}
      className="flex h-full min-w-0 gap-3 rounded-2xl border border-border bg-surface p-4 shadow-card transition-colors hover:border-border-strong hover:bg-surface-muted"
    >
      <Avatar name={member.displayName} src={member.avatarUrl} size="lg" isDecorative />
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex min-w-0 items-center gap-2">
          <span className="truncate text-lg leading-snug font-semibold">{member.displayName}</span>
          {isMe && <Badge tone="success">{t('directory.you')}</Badge>}
          <LevelBadge memberId={member.id} />
        </span>
        <MemberBadges member={member} />
        {member.bio && <span className="line-clamp-2 text-text-muted">{member.bio}</span>}
        <span className="mt-auto pt-1 text-sm text-text-muted">{t('directory.joined', { when: format.relative(member.joinedAt) })}</span>
      </span>
    </Link>
  );
}

/** The shape of a card while the directory loads. */
export function MemberCardSkeleton() {
  return (
    <div className="flex gap-3 rounded-2xl border border-border bg-surface p-4" aria-hidden="true">
      <Skeleton className="size-14" isRound />
      <span className="flex flex-1 flex-col gap-2 pt-1">
        <Skeleton className="h-5 w-1/2" />
        <Skeleton className="h-4 w-1/3" />
        <Skeleton className="h-4 w-full" />
      </span>
    </div>
  );
}
