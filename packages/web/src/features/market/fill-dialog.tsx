import { marketRoutes, type MarketOrder } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog, TextField, useToast } from '../../ui';
import { refreshMarket } from './market-queries';

/** Takes some or all of an order's units at its price: the total is shown before confirming. */
export function FillDialog({ order, open, onClose }: { order: MarketOrder; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('market');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [quantity, setQuantity] = useState(String(order.remaining));
  const [key, setKey] = useState(newIdempotencyKey);
  const q = /^\d+$/.test(quantity.trim()) ? Number(quantity.trim()) : NaN;
  const fill = useMutation({
    mutationFn: () =>
      call(marketRoutes.fillMarketOrder, { params: { id: order.id }, body: { quantity: q, price: order.price }, idempotencyKey: key }),
    onSuccess: async () => {
      toast.show({ title: t('fill.done'), tone: 'success' });
      setKey(newIdempotencyKey());
      onClose();
      await refreshMarket(queryClient);
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  const valid = q > 0 && q <= order.remaining;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('fill.title', { asset: order.asset.name, seller: order.seller?.displayName ?? '' })}
      footer={
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('fill.cancel')}
          </Button>
          <Button onClick={() => fill.mutate()} isLoading={fill.isPending} disabled={!valid}>
            {t('fill.confirm')}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <p className="text-sm">
          {t('fill.terms', {
            price: format.number(order.price),
            priceAsset: order.priceAsset.name,
            remaining: format.number(order.remaining),
          })}
        </p>
        <TextField label={t('fill.quantity')} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        {valid ? (
          <p className="text-sm font-medium">
            {t('fill.summary', {
              quantity: format.number(q),
              asset: order.asset.name,
              total: format.number(q * order.price),
              priceAsset: order.priceAsset.name,
            })}
          </p>
        ) : null}
        {fill.isError && (
          <Alert tone="danger" title={t('fill.refused')}>
            <p>{errorText(fill.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
