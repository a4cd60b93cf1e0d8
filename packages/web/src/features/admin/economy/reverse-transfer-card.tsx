import { oversightRoutes, type ConsoleTransfer } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { newIdempotencyKey } from '../../../api/idempotency';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, ConfirmDialog, SectionCard, TextField, useToast } from '../../../ui';
import { refreshConsole } from './economy-console-queries';

/** Look a transfer up by id, then reverse it with a compensating transfer and a reason (once; never below zero). */
export function ReverseTransferCard({ initialId = '' }: { initialId?: string }) {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [transferId, setTransferId] = useState(initialId);
  const [reason, setReason] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const lookup = useMutation({ mutationFn: (id: string) => call(oversightRoutes.getConsoleTransfer, { params: { transferId: id } }) });
  const reverse = useMutation({
    mutationFn: () =>
      call(oversightRoutes.reverseTransfer, {
        params: { transferId: transferId.trim() },
        body: { reason: reason.trim() },
        idempotencyKey: key,
      }),
    onSuccess: async () => {
      toast.show({ title: t('reverse.done'), tone: 'success' });
      setConfirming(false);
      setReason('');
      setKey(newIdempotencyKey());
      lookup.mutate(transferId.trim());
      await refreshConsole(queryClient);
    },
    onError: () => {
      setConfirming(false);
      setKey(newIdempotencyKey());
    },
  });
  const found: ConsoleTransfer | undefined = lookup.data?.transfer;
  const party = (ref: ConsoleTransfer['from'], kind: string) => ref?.displayName ?? t(`reverse.account.${kind}`, { defaultValue: kind });
  return (
    <SectionCard title={t('reverse.title')} description={t('reverse.description')}>
      <div className="flex flex-col gap-4">
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            if (transferId.trim()) lookup.mutate(transferId.trim());
          }}
        >
          <TextField
            className="flex-1"
            label={t('reverse.transferId')}
            value={transferId}
            onChange={(event) => setTransferId(event.target.value)}
          />
          <Button type="submit" variant="secondary" isLoading={lookup.isPending} disabled={transferId.trim() === ''}>
            {t('reverse.lookup')}
          </Button>
        </form>
        {lookup.isError && <Alert tone="danger" title={errorText(lookup.error)} />}
        {found && (
          <div className="flex flex-col gap-3 rounded-xl bg-surface-muted p-4">
            <p className="tabular-nums">
              {t('reverse.summary', {
                amount: format.number(found.amount),
                code: found.assetCode,
                from: party(found.from, found.fromKind),
                to: party(found.to, found.toKind),
                kind: found.kind,
                at: format.dateTime(found.createdAt),
              })}
            </p>
            {found.memo && <p className="text-sm text-text-muted">{found.memo}</p>}
            {found.reversedBy ? (
              <Alert tone="info" title={t('reverse.alreadyReversed')} />
            ) : (
              <>
                <TextField
                  label={t('reverse.reason')}
                  required
                  maxLength={500}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                />
                <div>
                  <Button variant="danger" onClick={() => setConfirming(true)} disabled={reason.trim() === ''}>
                    {t('reverse.submit')}
                  </Button>
                </div>
              </>
            )}
          </div>
        )}
        {reverse.isError && (
          <Alert tone="danger" title={t('reverse.refused')}>
            <p>{errorText(reverse.error)}</p>
          </Alert>
        )}
      </div>
      <ConfirmDialog
        open={isConfirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => reverse.mutate()}
        isPending={reverse.isPending}
        title={t('reverse.confirmTitle')}
        confirmLabel={t('reverse.submit')}
        cancelLabel={t('cancel')}
        tone="danger"
      >
        <p>{t('reverse.confirmBody')}</p>
      </ConfirmDialog>
    </SectionCard>
  );
}
