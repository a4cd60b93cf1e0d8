import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { apiQuery } from '../../api/api-query';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Badge, Card, EmptyState, Skeleton } from '../../ui';

/** The eight newest members, with when they joined. */
export function NewestMembers() {
  const { t } = useTranslation(['home', 'common']);
  const me = useSignedInMember();
  const format = useFormat();
  const errorText = useErrorText();
  const members = useQuery(apiQuery(memberRoutes.directory, { query: { limit: 8 } }));
  const others = members.data?.items.filter((member) => member.id !== me.id) ?? [];

  return (
    <Card as="section" aria-labelledby="newest-members-title" className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="newest-members-title" className="text-lg font-semibold">
          {t('newest.title')}
        </h2>
        <Link href={paths.members} className="text-sm font-medium text-accent-text hover:underline">
          {t('newest.all')}
        </Link>
      </div>
      {members.isPending && (
        <ul className="flex flex-col gap-3" aria-hidden="true">
          {Array.from({ length: 4 }, (_, index) => (
            <li key={index} className="flex items-center gap-3">
              <Skeleton className="size-10" isRound />
              <Skeleton className="h-4 flex-1" />
            </li>
          ))}
        </ul>
      )}
      {members.isError && <Alert tone="danger">{errorText(members.error)}</Alert>}
      {members.data && others.length === 0 && (
        <EmptyState icon={<UserPlus className="size-6" />} title={t('newest.emptyTitle')} isCompact>
          {t('newest.emptyBody')}
        </EmptyState>
      )}
      {others.length > 0 && (
        <ul className="-mx-2 flex flex-col">
          {others.map((member) => (
            <li key={member.id}>
              <Link
                href={paths.member(member.id)}
                className="flex min-h-14 items-center gap-3 rounded-xl px-2 py-1.5 hover:bg-surface-muted"
              >
                <Avatar name={member.displayName} src={member.avatarUrl} isDecorative />
                <span className="flex min-w-0 flex-1 flex-col leading-snug">
                  <span className="flex items-center gap-2">
                    <span className="truncate font-medium">{member.displayName}</span>
                    {member.role !== 'member' && <Badge tone="accent">{t(`common:roles.${member.role}`)}</Badge>}
                  </span>
                  <span className="truncate text-sm text-text-muted">{t('newest.joined', { when: format.relative(member.joinedAt) })}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
