import { spaceRoutes, type MemberSummary, type MySpace, type SpaceMember } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserMinus, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Button, ConfirmDialog, Dialog, EmptyState, IconButton, LoadMore, SkeletonText, useToast } from '../../ui';
import { hasRole } from '../admin/shared/staff-role';
import { itemsOf, useApiPages } from '../admin/shared/use-api-pages';
import { MemberPicker } from '../members/member-picker';
import { refreshSpaces } from './spaces-queries';

/** The API adds at most this many members per request (AddSpaceMembersBody). */
const MAX_PICKED = 100;
const PAGE_SIZE = 20;

type SpaceRef = Pick<MySpace, 'id' | 'name' | 'access'>;

/** Adding and removing a space's members; every list of them (dialog pages, header preview) is refreshed after. */
function useSpaceMemberMutations(space: SpaceRef) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: routeKey(spaceRoutes.listSpaceMembers) }),
      refreshSpaces(queryClient, space.id),
    ]);
  const add = useMutation({
    mutationFn: (memberIds: string[]) => call(spaceRoutes.addSpaceMembers, { params: { id: space.id }, body: { memberIds } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (member: SpaceMember) => call(spaceRoutes.removeSpaceMember, { params: { id: space.id, memberId: member.id } }),
    onSuccess: refresh,
  });
  return { add, remove };
}

type MemberPages = ReturnType<typeof useMemberPages>;

function useMemberPages(spaceId: string) {
  return useApiPages(spaceRoutes.listSpaceMembers, { limit: PAGE_SIZE }, { id: spaceId });
}

function MemberRows({
  space,
  pages,
  canManage,
  onRemove,
}: {
  space: SpaceRef;
  pages: MemberPages;
  canManage: boolean;
  onRemove: (member: SpaceMember) => void;
}) {
  const { t } = useTranslation('spaces');
  const errorText = useErrorText();
  const format = useFormat();
  const members = itemsOf(pages.data);

  if (pages.isPending) return <SkeletonText lines={4} />;
  if (pages.isError) return <Alert tone="danger">{errorText(pages.error)}</Alert>;
  if (members.length === 0) {
    return (
      <EmptyState icon={<Users className="size-6" />} title={t('members.emptyTitle')} titleAs="h3">
        {space.access.private ? t('members.emptyPrivate') : t('members.empty')}
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul aria-label={t('members.listLabel', { space: space.name })} className="-mx-2 flex flex-col">
        {members.map((member) => (
          <li key={member.id} className="flex min-h-12 items-center gap-3 rounded-lg px-2">
            <Avatar name={member.displayName} src={member.avatarUrl} size="sm" isDecorative />
            <span className="flex min-w-0 flex-1 flex-col">
              <Link href={paths.member(member.id)} className="truncate font-medium hover:underline">
                {member.displayName}
              </Link>
              <span className="text-xs text-text-muted">{t('members.since', { date: format.date(member.joinedAt) })}</span>
            </span>
            {canManage && (
              <IconButton
                label={t('members.remove', { name: member.displayName })}
                icon={<UserMinus className="size-4" aria-hidden="true" />}
                tone="danger"
                onClick={() => onRemove(member)}
              />
            )}
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <LoadMore
          label={t('members.more')}
          isLoading={pages.isFetchingNextPage}
          isAutomatic={false}
          onLoadMore={() => void pages.fetchNextPage()}
        />
      )}
    </div>
  );
}

/**
 * Who is in a space (newest first, paged). Moderators and above also add members from the
 * directory (how people get into a private space) and remove them, after a confirmation.
 * Mount it while it is open: its list loads when it mounts.
 */
export function SpaceMembersDialog({ space, onClose }: { space: SpaceRef; onClose: () => void }) {
  const { t } = useTranslation('spaces');
  const me = useSignedInMember();
  const toast = useToast();
  const errorText = useErrorText();
  const canManage = hasRole(me.role, 'moderator');
  const { add, remove } = useSpaceMemberMutations(space);
  const pages = useMemberPages(space.id);
  // The loaded members show as "already in" in the picker; the server ignores repeats anyway.
  const alreadyIn = new Set(itemsOf(pages.data).map((member) => member.id));
  const [isAdding, setAdding] = useState(false);
  const [picked, setPicked] = useState<MemberSummary[]>([]);
  const [removing, setRemoving] = useState<SpaceMember | null>(null);

  const close = () => {
    setAdding(false);
    setPicked([]);
    add.reset();
    onClose();
  };
  const backToList = () => {
    setAdding(false);
    setPicked([]);
    add.reset();
  };

  return (
    <>
      <Dialog
        open
        onClose={close}
        title={isAdding ? t('members.addTitle', { space: space.name }) : t('members.title', { space: space.name })}
        description={isAdding ? t('members.addDescription') : space.access.private ? t('members.privateHint') : undefined}
        footer={
          isAdding ? (
            <>
              <Button variant="secondary" onClick={backToList} disabled={add.isPending}>
                {t('members.back')}
              </Button>
              <Button
                disabled={picked.length === 0}
                isLoading={add.isPending}
                onClick={() =>
                  add.mutate(
                    picked.map((member) => member.id),
                    {
                      onSuccess: () => {
                        toast.show({ tone: 'success', title: t('members.added', { count: picked.length, space: space.name }) });
                        backToList();
                      },
                    },
                  )
                }
              >
                {t('members.addPicked', { count: picked.length })}
              </Button>
            </>
          ) : canManage ? (
            <Button onClick={() => setAdding(true)} icon={<UserPlus className="size-4" aria-hidden="true" />}>
              {t('members.add')}
            </Button>
          ) : undefined
        }
      >
        {isAdding ? (
          <div className="flex flex-col gap-3">
            <MemberPicker
              labels={{
                picked: t('members.picked'),
                unpick: (name) => t('members.unpick', { name }),
                search: t('members.search'),
                searchPlaceholder: t('members.searchPlaceholder'),
                pickLimit: (count) => t('members.pickLimit', { count }),
                searching: t('members.searching'),
                noResults: (query) => t('members.noResults', { query }),
                nobody: t('members.nobodyToAdd'),
                results: t('members.results'),
                alreadyIn: t('members.alreadyIn'),
              }}
              selected={picked}
              onChange={setPicked}
              max={MAX_PICKED}
              alreadyIn={alreadyIn}
            />
            {add.isError && (
              <Alert tone="danger" title={t('members.addFailed')}>
                {errorText(add.error)}
              </Alert>
            )}
          </div>
        ) : (
          <MemberRows space={space} pages={pages} canManage={canManage} onRemove={setRemoving} />
        )}
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.removeTitle', { name: removing?.displayName ?? '', space: space.name })}
        confirmLabel={t('members.removeConfirm')}
        cancelLabel={t('actions.cancel')}
        isPending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing, {
            onSuccess: () =>
              toast.show({ tone: 'success', title: t('members.removed', { name: removing.displayName, space: space.name }) }),
            onError: (error) => toast.show({ tone: 'danger', title: errorText(error) }),
            onSettled: () => setRemoving(null),
          });
        }}
      >
        <p>{space.access.private ? t('members.removeBodyPrivate') : t('members.removeBody')}</p>
      </ConfirmDialog>
    </>
  );
}
