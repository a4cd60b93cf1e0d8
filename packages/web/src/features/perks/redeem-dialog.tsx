import { perkRoutes, type Perk } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog, TextArea, useToast } from '../../ui';
import { perkPaths } from './perk-paths';
import { refreshPerks, sellerInfoQuery } from './perk-queries';

/** Confirms a redemption: what is held, for how long, and a note for the seller. Refusals are shown in place. */
export function RedeemDialog({ perk, open, onClose }: { perk: Perk; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('perks');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const info = useQuery(sellerInfoQuery);
  const [note, setNote] = useState('');
  // One key per attempt: a retry after a lost answer replays instead of paying twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const price = { price: format.number(perk.price), asset: perk.asset.name };
  const redeem = useMutation({
    mutationFn: () =>
      call(perkRoutes.redeemPerk, {
        params: { id: perk.id },
        body: { assetId: perk.asset.id, price: perk.price, ...(note.trim() ? { note: note.trim() } : {}) },
        idempotencyKey: key,
      }),
    onSuccess: async () => {
      toast.show({ title: t('redeem.done'), tone: 'success' });
      setKey(newIdempotencyKey());
      onClose();
      await refreshPerks(queryClient);
      navigate(perkPaths.redemptions);
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('redeem.title', { title: perk.title })}
      footer={
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('redeem.cancel')}
          </Button>
          <Button onClick={() => redeem.mutate()} isLoading={redeem.isPending}>
            {t('redeem.confirm', price)}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <p className="text-sm">{t('redeem.body', { ...price, days: info.data?.settings.holdDays ?? 7 })}</p>
        <TextArea
          label={t('redeem.note')}
          hint={t('redeem.noteHint')}
          value={note}
          maxLength={1000}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
        {redeem.isError && (
          <Alert tone="danger" title={t('redeem.refused')}>
            <p>{errorText(redeem.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
