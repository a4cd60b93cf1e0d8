import { peopleRoutes, type BlockedMember, type DmPolicy } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Avatar, Button, ConfirmDialog, LoadMore, RadioCards, SectionCard, Skeleton, useToast } from '../../ui';
import { relationshipQuery, useBlockedMembers } from './people-queries';

const POLICIES: readonly DmPolicy[] = ['everyone', 'friends', 'nobody'];

/** Who may DM me: saved as soon as it is chosen, rolled back with the reason if the server refuses. */
function DmPolicyChoice() {
  const { t } = useTranslation('people');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const privacy = useQuery(apiQuery(peopleRoutes.myPrivacy));
  const save = useMutation({
    mutationFn: (dmPolicy: DmPolicy) => call(peopleRoutes.updateMyPrivacy, { body: { dmPolicy } }),
    onMutate: (dmPolicy) => {
      const previous = privacy.data;
      queryClient.setQueryData(apiQuery(peopleRoutes.myPrivacy).queryKey, { dmPolicy });
      return { previous };
    },
    onSuccess: (settings) => {
      queryClient.setQueryData(apiQuery(peopleRoutes.myPrivacy).queryKey, settings);
      toast.show({ title: t('privacy.saved'), tone: 'success' });
    },
    onError: (error, _policy, context) => {
      if (context?.previous) queryClient.setQueryData(apiQuery(peopleRoutes.myPrivacy).queryKey, context.previous);
      toast.show({ title: errorText(error), tone: 'danger' });
    },
  });
  if (privacy.isPending) return <Skeleton className="h-24 w-full" />;
  if (privacy.isError)
    return (
      <Alert tone="danger">
        <p>{errorText(privacy.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => void privacy.refetch()}
          icon={<RotateCw className="size-4" aria-hidden="true" />}
        >
          {t('actions.retry')}
        </Button>
      </Alert>
    );
  return (
    <RadioCards
      legend={t('privacy.dmLegend')}
      name="dm-policy"
      value={privacy.data.dmPolicy}
      onChange={(value) => save.mutate(value)}
      options={POLICIES.map((value) => ({ value, label: t(`privacy.dm.${value}`), description: t(`privacy.dm.${value}Hint`) }))}
    />
  );
}

function BlockedRow({ member, onUnblock }: { member: BlockedMember; onUnblock: () => void }) {
  const { t } = useTranslation('people');
  const format = useFormat();
  return (
    <li className="flex flex-wrap items-center gap-3 py-3">
      <Avatar name={member.displayName} src={member.avatarUrl} size="md" isDecorative />
      <span className="flex min-w-0 flex-1 flex-col">
        <Link href={paths.member(member.id)} className="truncate font-medium underline-offset-4 hover:underline">
          {member.displayName}
        </Link>
        <span className="text-sm text-text-muted">{t('privacy.blockedSince', { when: format.relative(member.blockedAt) })}</span>
      </span>
      <Button variant="secondary" size="sm" onClick={onUnblock} aria-label={t('actions.unblockNamed', { name: member.displayName })}>
        {t('actions.unblock')}
      </Button>
    </li>
  );
}

/** The members the caller blocks, each with Unblock (asked once: follows the block ended stay ended). */
function BlockedList() {
  const { t } = useTranslation('people');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const blocked = useBlockedMembers();
  const [confirming, setConfirming] = useState<BlockedMember | null>(null);
  const unblock = useMutation({
    mutationFn: (member: BlockedMember) => call(peopleRoutes.unblockMember, { params: { id: member.id } }),
    onSuccess: ({ relationship }, member) => {
      queryClient.setQueryData(relationshipQuery(member.id).queryKey, { relationship });
      setConfirming(null);
      toast.show({ title: t('toast.unblock', { name: member.displayName }), tone: 'success' });
    },
    onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routeKey(peopleRoutes.myBlocks) }),
  });
  const items = blocked.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4">
      <h3 className="font-semibold">{t('privacy.blockedTitle')}</h3>
      <p className="text-sm text-text-muted">{t('privacy.blockedHint')}</p>
      {blocked.isPending && <Skeleton className="h-10 w-full" />}
      {blocked.isError && <Alert tone="danger">{errorText(blocked.error)}</Alert>}
      {blocked.isSuccess && items.length === 0 && <p className="text-text-muted">{t('privacy.blockedEmpty')}</p>}
      {items.length > 0 && (
        <ul className="flex flex-col divide-y divide-border">
          {items.map((member) => (
            <BlockedRow key={member.id} member={member} onUnblock={() => setConfirming(member)} />
          ))}
        </ul>
      )}
      {blocked.hasNextPage && (
        <LoadMore
          onLoadMore={() => void blocked.fetchNextPage()}
          isLoading={blocked.isFetchingNextPage}
          label={t('privacy.blockedMore')}
          isAutomatic={false}
        />
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={t('confirm.unblockTitle', { name: confirming?.displayName ?? '' })}
        confirmLabel={t('actions.unblock')}
        cancelLabel={t('actions.cancel')}
        tone="primary"
        isPending={unblock.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && unblock.mutate(confirming)}
      >
        <p>{t('confirm.unblockBody', { name: confirming?.displayName ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** Settings → Privacy: who may DM me, and whom I block. */
export function PrivacySection() {
  const { t } = useTranslation('people');
  return (
    <SectionCard title={t('privacy.title')} description={t('privacy.description')}>
      <DmPolicyChoice />
      <BlockedList />
    </SectionCard>
  );
}
