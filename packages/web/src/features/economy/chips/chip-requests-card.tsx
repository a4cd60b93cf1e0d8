import { chipRoutes, type ChipRequest } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Avatar, Button, Dialog, SectionCard, Skeleton, TextField, useToast } from '../../../ui';
import { chipRequestsQuery, refreshChips } from './chips-queries';

function DeclineDialog({ request, onClose }: { request: ChipRequest | null; onClose: () => void }) {
  const { t } = useTranslation('chips');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const decline = useMutation({
    mutationFn: () => call(chipRoutes.declineChipRequest, { params: { requestId: request!.id }, body: { reason: reason.trim() } }),
    onSuccess: async () => {
      toast.show({ title: t('requests.declined', { code: request!.code }), tone: 'success' });
      setReason('');
      onClose();
      await refreshChips(queryClient);
    },
  });
  if (!request) return null;
  return (
    <Dialog
      open
      onClose={onClose}
      title={`${t('requests.declineTitle')} · ${request.code}`}
      description={t('requests.declineDescription')}
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button variant="danger" onClick={() => decline.mutate()} isLoading={decline.isPending} disabled={reason.trim() === ''}>
            {t('requests.decline')}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <TextField label={t('requests.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        {decline.isError && <Alert tone="danger" title={errorText(decline.error)} />}
      </div>
    </Dialog>
  );
}

/** Members' requests for a chip, oldest first: approve (the chip is issued) or decline with a reason. */
export function ChipRequestsCard() {
  const { t } = useTranslation('chips');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const requests = useQuery(chipRequestsQuery('pending'));
  const [declining, setDeclining] = useState<ChipRequest | null>(null);
  const approve = useMutation({
    mutationFn: (request: ChipRequest) => call(chipRoutes.approveChipRequest, { params: { requestId: request.id }, body: {} }),
    onSuccess: async (request) => {
      toast.show({ title: t('requests.approved', { code: request.code }), tone: 'success' });
      await refreshChips(queryClient);
    },
  });
  return (
    <SectionCard title={t('requests.title')} description={t('requests.description')}>
      {requests.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : requests.isError ? (
        <Alert tone="danger" title={errorText(requests.error)} />
      ) : requests.data.items.length === 0 ? (
        <p className="text-sm text-text-muted">{t('requests.empty')}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-border" aria-label={t('requests.title')}>
          {requests.data.items.map((request) => (
            <li key={request.id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="flex items-start gap-3">
                <Avatar name={request.member?.displayName ?? '?'} src={request.member?.avatarUrl ?? null} size="sm" isDecorative />
                <div className="flex flex-col">
                  <span className="font-medium">
                    {request.icon} {request.name} <span className="text-text-muted">{request.code}</span>
                  </span>
                  <span className="text-sm text-text-muted">
                    {t('requests.by', { name: request.member?.displayName ?? '—', date: format.date(request.createdAt) })}
                    {' · '}
                    {t('requests.limits', { cap: format.number(request.supplyCap), daily: format.number(request.dailyMintLimit) })}
                  </span>
                  {request.description && <span className="text-sm">{request.description}</span>}
                </div>
              </div>
              <div className="flex gap-2">
                <Button
                  size="sm"
                  icon={<Check className="size-4" aria-hidden="true" />}
                  onClick={() => approve.mutate(request)}
                  isLoading={approve.isPending && approve.variables?.id === request.id}
                >
                  {t('requests.approve')}
                </Button>
                <Button
                  size="sm"
                  variant="secondary"
                  icon={<X className="size-4" aria-hidden="true" />}
                  onClick={() => setDeclining(request)}
                >
                  {t('requests.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {approve.isError && <Alert tone="danger" title={errorText(approve.error)} className="mt-3" />}
      <DeclineDialog request={declining} onClose={() => setDeclining(null)} />
    </SectionCard>
  );
}
