import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, RotateCw, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useRoute } from 'wouter';
import { isApiError } from '../../api/api-error';
import { apiQuery } from '../../api/api-query';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Card, cn, EmptyState, LoadMore, PageHeader, Skeleton } from '../../ui';
import { MemberNotFound } from '../members/member-not-found';
import { usePeopleList, type PeopleListKind } from './people-queries';
import { PersonRow } from './person-row';

const tabPath: Record<PeopleListKind, (id: string) => string> = {
  followers: paths.memberFollowers,
  following: paths.memberFollowing,
  friends: paths.memberFriends,
};

/** Followers | Following (| Friends on your own) as links: each list has its own URL. */
function Tabs({ memberId, current, isMe }: { memberId: string; current: PeopleListKind; isMe: boolean }) {
  const { t } = useTranslation('people');
  const kinds: PeopleListKind[] = isMe ? ['followers', 'following', 'friends'] : ['followers', 'following'];
  return (
    <nav aria-label={t('lists.tabsLabel')} className="flex gap-1 overflow-x-auto border-b border-border">
      {kinds.map((kind) => (
        <Link
          key={kind}
          href={tabPath[kind](memberId)}
          aria-current={kind === current ? 'page' : undefined}
          className={cn(
            'flex min-h-11 items-center border-b-2 px-3 font-medium whitespace-nowrap',
            kind === current ? 'border-accent-text text-accent-text' : 'border-transparent text-text-muted hover:text-text',
          )}
        >
          {t(`lists.tab.${kind}`)}
        </Link>
      ))}
    </nav>
  );
}

function PeopleList({ kind, memberId, name }: { kind: PeopleListKind; memberId: string; name: string }) {
  const { t } = useTranslation('people');
  const me = useSignedInMember();
  const errorText = useErrorText();
  const list = usePeopleList(kind, memberId);
  const people = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isPending)
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        <span className="sr-only" role="status">
          {t('lists.loading')}
        </span>
        {Array.from({ length: 3 }, (_, index) => (
          <div key={index} className="flex items-center gap-3 p-2" aria-hidden="true">
            <Skeleton className="size-10" isRound />
            <Skeleton className="h-5 flex-1" />
          </div>
        ))}
      </div>
    );
  if (list.isError)
    return (
      <Alert tone="danger" title={t('lists.loadFailed')}>
        <p>{errorText(list.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void list.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('actions.retry')}
        </Button>
      </Alert>
    );
  if (people.length === 0)
    return (
      <EmptyState icon={<Users className="size-6" />} title={t(`lists.empty.${kind}`, { name })} isCompact>
        {kind === 'friends' ? t('lists.friendsHint') : null}
      </EmptyState>
    );
  return (
    <>
      <ul className="flex flex-col gap-1">
        {people.map((person) => (
          <PersonRow key={person.id} person={person} isMe={person.id === me.id} />
        ))}
      </ul>
      {list.hasNextPage && (
        <LoadMore onLoadMore={() => void list.fetchNextPage()} isLoading={list.isFetchingNextPage} label={t('lists.loadMore')} />
      )}
    </>
  );
}

/** /members/:id/followers, /following and (your own) /friends. */
export default function PeopleListPage() {
  const { t } = useTranslation('people');
  const { id = '' } = useParams<{ id: string }>();
  const [isFollowing] = useRoute('/members/:id/following');
  const [isFriends] = useRoute('/members/:id/friends');
  const me = useSignedInMember();
  const isMe = id === me.id;
  const kind: PeopleListKind = isFriends && isMe ? 'friends' : isFollowing ? 'following' : 'followers';
  const profile = useQuery(apiQuery(memberRoutes.member, { params: { id } }));
  const name = profile.data?.member.displayName ?? '';
  const title = name ? t(`lists.title.${kind}`, { name }) : null;
  useDocumentTitle(title);

  if (profile.isError && isApiError(profile.error) && profile.error.status === 404) return <MemberNotFound />;
  return (
    <div className="flex flex-col gap-5">
      <Link href={paths.member(id)} className="inline-flex min-h-11 items-center gap-2 self-start text-text-muted hover:text-text">
        <ArrowLeft className="size-4" aria-hidden="true" />
        {name ? t('lists.back', { name }) : t('lists.backPlain')}
      </Link>
      <PageHeader title={title ?? <Skeleton className="h-8 w-56" />} />
      <Card className="flex flex-col gap-3">
        <Tabs memberId={id} current={kind} isMe={isMe} />
        <PeopleList kind={kind} memberId={id} name={name} />
      </Card>
    </div>
  );
}
