import { chatRoutes, type MemberProfile, type Relationship } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Ban, Check, Ellipsis, Flag, MessageCircle, ShieldCheck, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Badge, Button, Card, ConfirmDialog, Menu, Skeleton, useToast } from '../../ui';
import { refreshConversationLists } from '../chat/chat-queries';
import { ReportDialog } from '../reports/report-dialog';
import { relationshipQuery, useChangeRelationship, type RelationshipChange } from './people-queries';

function Counts({ member, relationship }: { member: MemberProfile; relationship: Relationship | undefined }) {
  const { t } = useTranslation('people');
  const format = useFormat();
  const link = 'rounded-lg px-1 py-2 text-text-muted underline-offset-4 hover:text-text hover:underline';
  if (!relationship) return <Skeleton className="h-6 w-48" />;
  const { followers, following } = relationship.counts;
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1">
      <Link href={paths.memberFollowers(member.id)} className={link}>
        {t('counts.followers', { count: followers, formatted: format.compact(followers) })}
      </Link>
      <Link href={paths.memberFollowing(member.id)} className={link}>
        {t('counts.following', { count: following, formatted: format.compact(following) })}
      </Link>
    </p>
  );
}

/**
 * A profile's people part: follower and following counts; for someone else, Follow /
 * Following, the Friends badge, Message (only when they accept DMs from the viewer) and a
 * "⋯" menu to block or unblock them.
 */
export function ProfileConnections({ member, isMe }: { member: MemberProfile; isMe: boolean }) {
  const { t } = useTranslation('people');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState<'block' | 'unblock' | null>(null);
  const [reporting, setReporting] = useState(false);
  const { t: tc } = useTranslation('common');
  const relationship = useQuery(relationshipQuery(member.id));
  const change = useChangeRelationship(member.id);
  const name = member.displayName;
  const message = useMutation({
    mutationFn: () => call(chatRoutes.startDm, { body: { memberIds: [member.id] } }),
    onSuccess: ({ conversation }) => {
      void refreshConversationLists(queryClient);
      navigate(paths.conversation(conversation.id));
    },
    onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
  });

  const run = (kind: RelationshipChange) =>
    change.mutate(kind, {
      onSuccess: () => {
        setConfirming(null);
        toast.show({ title: t(`toast.${kind}`, { name }), tone: 'success' });
      },
      onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
    });

  const state = relationship.data?.relationship;
  return (
    <Card as="section" aria-label={t('profile.label', { name })} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Counts member={member} relationship={state} />
        {!isMe && state && (
          <div className="flex flex-wrap items-center gap-2">
            {state.friend ? (
              <Badge tone="success">
                <Users className="size-3.5" aria-hidden="true" />
                {t('badges.friends')}
              </Badge>
            ) : (
              state.followedBy && <Badge tone="neutral">{t('badges.followsYou')}</Badge>
            )}
          </div>
        )}
      </div>
      {relationship.isError && <Alert tone="danger">{errorText(relationship.error)}</Alert>}
      {!isMe && state && (
        <div className="flex flex-wrap items-center gap-2">
          {!state.blocking && (
            <Button
              variant={state.following ? 'secondary' : 'primary'}
              aria-pressed={state.following}
              onClick={() => run(state.following ? 'unfollow' : 'follow')}
              isLoading={change.isPending && (change.variables === 'follow' || change.variables === 'unfollow')}
              icon={state.following ? <Check className="size-4" aria-hidden="true" /> : <UserPlus className="size-4" aria-hidden="true" />}
            >
              {state.following ? t('actions.following') : t('actions.follow')}
            </Button>
          )}
          {state.canDm && (
            <Button
              variant="secondary"
              onClick={() => message.mutate()}
              isLoading={message.isPending}
              icon={<MessageCircle className="size-4" aria-hidden="true" />}
            >
              {t('actions.message')}
            </Button>
          )}
          <Menu
            label={t('actions.more', { name })}
            icon={<Ellipsis className="size-5" aria-hidden="true" />}
            className="ml-auto"
            items={[
              {
                label: tc('report.profile', { name }),
                icon: <Flag className="size-4" aria-hidden="true" />,
                onSelect: () => setReporting(true),
              },
              state.blocking
                ? {
                    label: t('actions.unblockNamed', { name }),
                    icon: <ShieldCheck className="size-4" aria-hidden="true" />,
                    onSelect: () => setConfirming('unblock'),
                  }
                : {
                    label: t('actions.blockNamed', { name }),
                    icon: <Ban className="size-4" aria-hidden="true" />,
                    tone: 'danger',
                    onSelect: () => setConfirming('block'),
                  },
            ]}
          />
        </div>
      )}
      {!isMe && state?.blocking && (
        <Alert tone="info" title={t('blocked.title', { name })}>
          <p>{t('blocked.body')}</p>
        </Alert>
      )}
      {reporting && <ReportDialog open={reporting} onClose={() => setReporting(false)} targetKind="profile" targetId={member.id} />}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'unblock' ? t('confirm.unblockTitle', { name }) : t('confirm.blockTitle', { name })}
        confirmLabel={confirming === 'unblock' ? t('actions.unblock') : t('actions.block')}
        cancelLabel={t('actions.cancel')}
        tone={confirming === 'unblock' ? 'primary' : 'danger'}
        isPending={change.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && run(confirming)}
      >
        <p>{confirming === 'unblock' ? t('confirm.unblockBody', { name }) : t('confirm.blockBody', { name })}</p>
      </ConfirmDialog>
    </Card>
  );
}
