import { economyRoutes, memberRoutes } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Coins } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog, RadioCards, TextField, useToast } from '../../ui';

/** Owners and admins give or take back points with a reason; it lands in the member's history. */
export function PointsAdminButton({ memberId, memberName }: { memberId: string; memberName: string }) {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [direction, setDirection] = useState<'grant' | 'deduct'>('grant');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  // Kept across a failed attempt's retry so a lost answer replays instead of granting twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const value = Number(amount);
  const isValid = Number.isSafeInteger(value) && value > 0 && reason.trim() !== '';

  const adjust = useMutation({
    mutationFn: () =>
      call(direction === 'grant' ? economyRoutes.grantPoints : economyRoutes.deductPoints, {
        body: { memberId, amount: value, reason: reason.trim() },
        idempotencyKey: key,
      }),
    onSuccess: async (result) => {
      toast.show({ title: t('points.done', { balance: format.number(result.balance) }), tone: 'success' });
      setOpen(false);
      setAmount('');
      setReason('');
      setKey(newIdempotencyKey());
      await queryClient.invalidateQueries({ queryKey: routeKey(memberRoutes.memberHistory) });
    },
    onError: () => setKey(newIdempotencyKey()),
  });

  return (
    <>
      <Button variant="secondary" icon={<Coins className="size-5" aria-hidden="true" />} onClick={() => setOpen(true)}>
        {t('points.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`${t('points.title')} · ${memberName}`}
        description={t('points.description')}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('points.cancel')}
            </Button>
            <Button onClick={() => adjust.mutate()} isLoading={adjust.isPending} disabled={!isValid}>
              {t('points.submit')}
            </Button>
          </div>
        }
      >
        <div className="flex flex-col gap-4">
          <RadioCards
            legend={t('points.direction')}
            name="points-direction"
            value={direction}
            onChange={setDirection}
            options={[
              { value: 'grant', label: t('points.grant') },
              { value: 'deduct', label: t('points.deduct') },
            ]}
          />
          <TextField
            label={t('points.amount')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
          <TextField
            label={t('points.reason')}
            required
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          {adjust.isError && (
            <Alert tone="danger" title={t('points.refused')}>
              <p>{errorText(adjust.error)}</p>
            </Alert>
          )}
        </div>
      </Dialog>
    </>
  );
}
