import { memberRoutes, type Invite } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Ticket } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, ConfirmDialog, EmptyState, SkeletonText, useToast } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { LoadMore } from '../shared/load-more';
import { QueryError } from '../shared/query-error';
import { itemsOf, useApiPages } from '../shared/use-api-pages';
import { useIsWide } from '../shared/use-is-wide';
import { CreateInviteForm } from './create-invite-form';
import { InviteQrDialog } from './invite-qr-dialog';
import { InvitesTable } from './invites-table';

/** Invite links with a source label each (to see which campaign brought whom), their QR codes, and revoking. */
export default function InvitesPage() {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const isWide = useIsWide();
  const queryClient = useQueryClient();
  const list = useApiPages(memberRoutes.invites, { limit: 20 });
  const invites = itemsOf(list.data);
  const [qrInvite, setQrInvite] = useState<Invite | null>(null);
  const [revoking, setRevoking] = useState<Invite | null>(null);
  const revoke = useMutation({
    mutationFn: (invite: Invite) => call(memberRoutes.revokeInvite, { params: { id: invite.id } }),
    onSuccess: (_none, invite) => {
      setRevoking(null);
      toast.show({ tone: 'success', title: t('invites.revoked', { source: invite.source ?? invite.code }) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.invites) }),
  });

  return (
    <AdminPage title={t('sections.invites.title')} description={t('invites.description')}>
      <CreateInviteForm
        onCreated={(invite) => {
          toast.show({ tone: 'success', title: t('invites.created', { source: invite.source ?? invite.code }) });
          setQrInvite(invite);
        }}
      />
      <section aria-labelledby="invite-list-title" className="flex flex-col gap-3">
        <h2 id="invite-list-title" className="text-lg font-semibold">
          {t('invites.listTitle')}
        </h2>
        {list.isPending && <SkeletonText lines={5} />}
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {list.isSuccess && invites.length === 0 && (
          <EmptyState icon={<Ticket className="size-6" />} title={t('invites.empty.title')} isCompact>
            {t('invites.empty.body')}
          </EmptyState>
        )}
        {invites.length > 0 && (
          <InvitesTable invites={invites} layout={isWide ? 'table' : 'cards'} onShowQr={setQrInvite} onRevoke={setRevoking} />
        )}
        <LoadMore hasMore={list.hasNextPage} isLoading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </section>
      <InviteQrDialog invite={qrInvite} onClose={() => setQrInvite(null)} />
      <ConfirmDialog
        open={revoking !== null}
        title={t('invites.revokeTitle', { source: revoking?.source ?? revoking?.code ?? '' })}
        confirmLabel={t('invites.revoke')}
        cancelLabel={t('actions.cancel')}
        isPending={revoke.isPending}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      >
        <p>{t('invites.revokeBody')}</p>
        {revoke.isError && <Alert tone="danger">{errorText(revoke.error)}</Alert>}
      </ConfirmDialog>
    </AdminPage>
  );
}
