import { chipRoutes, type AssetDetail } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, Dialog, TextField, useToast } from '../../../ui';
import { refreshChips } from './chips-queries';

/** Owners freeze (or unfreeze) a chip, always with a reason, which the chip page then shows. */
export function ChipFreezeDialog({ chip, open, onClose }: { chip: AssetDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('chips');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const action = chip.frozen ? 'unfreeze' : 'freeze';
  const change = useMutation({
    mutationFn: () =>
      call(chip.frozen ? chipRoutes.unfreezeChip : chipRoutes.freezeChip, {
        params: { assetId: chip.id },
        body: { reason: reason.trim() },
      }),
    onSuccess: async () => {
      toast.show({ title: t(`freeze.${action}.done`, { code: chip.code }), tone: 'success' });
      setReason('');
      onClose();
      await refreshChips(queryClient);
    },
  });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`${t(`freeze.${action}.title`)} · ${chip.code}`}
      description={t(`freeze.${action}.description`)}
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            variant={chip.frozen ? 'primary' : 'danger'}
            onClick={() => change.mutate()}
            isLoading={change.isPending}
            disabled={reason.trim() === ''}
          >
            {t(`freeze.${action}.submit`)}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <TextField label={t('freeze.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        {change.isError && (
          <Alert tone="danger" title={t('freeze.refused')}>
            <p>{errorText(change.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
