import { spaceRoutes, type MySpace } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Bell, BellOff, CheckCheck, Crown, Eye, Lock, LogIn, LogOut, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { paths } from '../../app/routes';
import { isStaff } from '../../app/routing/access';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Badge, Button, ConfirmDialog, useToast } from '../../ui';
import { accessKind } from './space-access';
import { SpaceIcon } from './space-icon';
import { SpaceMembersButton } from './space-members-button';
import { refreshSpaces, storeSpace, useTierNames } from './spaces-queries';

/** Who may read and who may post, in words ("VIP and above", "Posting from Member up"). */
function AccessLine({ space }: { space: MySpace }) {
  const { t } = useTranslation('spaces');
  const tierNames = useTierNames();
  const tierName = (rank: number | null) => (rank === null ? '' : (tierNames.get(rank) ?? t('access.tierRank', { rank })));
  const access = accessKind(space);
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <Badge>{t(`kind.${space.kind}`)}</Badge>
      {access === 'private' && (
        <Badge tone="warning">
          <Lock className="size-3" aria-hidden="true" />
          {t('access.private')}
        </Badge>
      )}
      {access === 'tier' && (
        <Badge tone="accent">
          <Crown className="size-3" aria-hidden="true" />
          {t('access.minTier', { tier: tierName(space.access.minTierRank) })}
        </Badge>
      )}
      {space.access.postMinTierRank !== null && (
        <Badge>
          <Eye className="size-3" aria-hidden="true" />
          {t('access.postMinTier', { tier: tierName(space.access.postMinTierRank) })}
        </Badge>
      )}
      {space.joined && (
        <Badge tone="success">
          <Users className="size-3" aria-hidden="true" />
          {t('header.joinedBadge')}
        </Badge>
      )}
    </div>
  );
}

/** The space's name, what it is for and who it is for, with join / leave, mute and "mark read". */
export function SpaceHeader({ space }: { space: MySpace }) {
  const { t } = useTranslation('spaces');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const me = useSignedInMember();
  const [isConfirmingLeave, setConfirmingLeave] = useState(false);
  const params = { params: { id: space.id } };
  const onError = (error: unknown) => toast.show({ tone: 'danger', title: errorText(error) });
  const settle = () => refreshSpaces(queryClient, space.id);

  const join = useMutation({
    mutationFn: () => call(spaceRoutes.joinSpace, params),
    onSuccess: ({ space: joined }) => {
      storeSpace(queryClient, joined);
      toast.show({ tone: 'success', title: t('header.joined', { space: space.name }) });
    },
    onError,
    onSettled: settle,
  });
  const leave = useMutation({
    mutationFn: () => call(spaceRoutes.leaveSpace, params),
    onSuccess: ({ space: after }) => {
      setConfirmingLeave(false);
      toast.show({ tone: 'success', title: t('header.left', { space: space.name }) });
      if (after) storeSpace(queryClient, after);
      else navigate(paths.spaces);
    },
    onError,
    onSettled: settle,
  });
  const mute = useMutation({
    mutationFn: (muted: boolean) => call(spaceRoutes.muteSpace, { ...params, body: { muted } }),
    onSuccess: ({ space: changed }) => {
      storeSpace(queryClient, changed);
      toast.show({
        title: changed.muted ? t('header.mutedToast', { space: space.name }) : t('header.unmutedToast', { space: space.name }),
      });
    },
    onError,
    onSettled: settle,
  });
  const markRead = useMutation({
    mutationFn: () => call(spaceRoutes.markSpaceRead, params),
    onSuccess: () => {
      storeSpace(queryClient, { ...space, unread: 0 });
      toast.show({ tone: 'success', title: t('header.markedRead') });
    },
    onError,
    onSettled: settle,
  });

  return (
    <header className="flex flex-col gap-4">
      <div className="flex items-start gap-4">
        <SpaceIcon icon={space.icon} kind={space.kind} size="lg" />
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{space.name}</h1>
          {space.description && <p className="break-words whitespace-pre-line text-text-muted">{space.description}</p>}
          <AccessLine space={space} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {space.joined ? (
          <>
            <Button
              variant="secondary"
              size="sm"
              aria-pressed={space.muted}
              isLoading={mute.isPending}
              onClick={() => mute.mutate(!space.muted)}
              icon={space.muted ? <BellOff className="size-4" aria-hidden="true" /> : <Bell className="size-4" aria-hidden="true" />}
            >
              {t('header.mute')}
            </Button>
            {space.kind !== 'chat' && (
              <Button
                variant="secondary"
                size="sm"
                disabled={space.unread === 0}
                isLoading={markRead.isPending}
                onClick={() => markRead.mutate()}
                icon={<CheckCheck className="size-4" aria-hidden="true" />}
              >
                {t('header.markRead')}
              </Button>
            )}
            <Button
              variant="ghost"
              size="sm"
              isLoading={leave.isPending && !isConfirmingLeave}
              onClick={() => (space.access.private ? setConfirmingLeave(true) : leave.mutate())}
              icon={<LogOut className="size-4" aria-hidden="true" />}
            >
              {t('header.leave')}
            </Button>
          </>
        ) : (
          <Button size="sm" isLoading={join.isPending} onClick={() => join.mutate()} icon={<LogIn className="size-4" aria-hidden="true" />}>
            {t('header.join')}
          </Button>
        )}
        {space.access.private && isStaff(me) && <SpaceMembersButton space={space} />}
      </div>
      {space.muted && <p className="text-sm text-text-muted">{t('header.mutedHint')}</p>}
      <ConfirmDialog
        open={isConfirmingLeave}
        title={t('header.leavePrivateTitle', { space: space.name })}
        confirmLabel={t('header.leave')}
        cancelLabel={t('actions.cancel')}
        isPending={leave.isPending}
        onConfirm={() => leave.mutate()}
        onCancel={() => setConfirmingLeave(false)}
      >
        <p>{t('header.leavePrivateBody')}</p>
      </ConfirmDialog>
    </header>
  );
}
