import { economyRoutes, type TipTarget } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, cn, Dialog, Select, TextField, useToast } from '../../ui';
import { refreshAfterMovement, walletQuery } from './economy-queries';

const PRESETS = [5, 10, 50] as const;

export interface TipDialogProps {
  open: boolean;
  onClose: () => void;
  target: TipTarget;
  authorName: string;
}

/** Preset amounts or a custom one, in points or any chip held; refusals are shown in place, in the member's language. */
export function TipDialog({ open, onClose, target, authorName }: TipDialogProps) {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const wallet = useQuery({ ...walletQuery, enabled: open });
  const [preset, setPreset] = useState<number | 'custom'>(10);
  const [custom, setCustom] = useState('');
  const [assetId, setAssetId] = useState<string | null>(null);
  // One key per attempt: a retry after a lost answer replays instead of paying twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const balances = (wallet.data?.balances ?? []).filter((b) => b.amount > 0 || b.asset.kind === 'points');
  const chosen = balances.find((b) => b.asset.id === assetId) ?? balances[0];
  const amount = preset === 'custom' ? Number(custom) : preset;
  const isValid = Number.isSafeInteger(amount) && amount > 0;

  const tip = useMutation({
    mutationFn: () => call(economyRoutes.tip, { body: { target, assetId: chosen!.asset.id, amount }, idempotencyKey: key }),
    onSuccess: async () => {
      toast.show({ title: t('tip.sent', { amount: format.number(amount), asset: chosen!.asset.name, name: authorName }), tone: 'success' });
      setKey(newIdempotencyKey());
      onClose();
      await refreshAfterMovement(queryClient, target);
    },
    onError: () => setKey(newIdempotencyKey()),
  });

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('tip.title', { name: authorName })}
      description={t('tip.description')}
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('tip.cancel')}
          </Button>
          <Button onClick={() => tip.mutate()} isLoading={tip.isPending} disabled={!isValid || !chosen}>
            {t('tip.submit')}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('tip.amount')}</legend>
          <div className="flex flex-wrap gap-2">
            {[...PRESETS, 'custom' as const].map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={preset === value}
                onClick={() => setPreset(value)}
                className={cn(
                  'min-h-10 min-w-14 rounded-full border px-4 text-sm font-medium tabular-nums',
                  preset === value ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface hover:bg-surface-muted',
                )}
              >
                {value === 'custom' ? t('tip.custom') : format.number(value)}
              </button>
            ))}
          </div>
          {preset === 'custom' && (
            <TextField
              label={t('tip.customAmount')}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={custom}
              onChange={(event) => setCustom(event.target.value)}
            />
          )}
        </fieldset>
        {balances.length > 0 && chosen && (
          <Select
            label={t('tip.asset')}
            value={chosen.asset.id}
            onChange={(event) => setAssetId(event.target.value)}
            options={balances.map((b) => ({
              value: b.asset.id,
              label: t('tip.assetOption', { name: b.asset.name, amount: format.number(b.amount) }),
            }))}
          />
        )}
        {tip.isError && (
          <Alert tone="danger" title={t('tip.refused')}>
            <p>{errorText(tip.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
