import { marketRoutes } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog, Select, TextField, useToast } from '../../ui';
import { marketOverviewQuery, refreshMarket } from './market-queries';

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** Posts an order: N units of one held asset at a whole price per unit in another. The units go into escrow. */
export function CreateOrderDialog({ open, onClose, assetId }: { open: boolean; onClose: () => void; assetId?: string }) {
  const { t } = useTranslation('market');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const overview = useQuery(marketOverviewQuery);
  const mine = overview.data?.myAssets ?? [];
  const all = overview.data?.assets.map((a) => a.asset) ?? [];
  const [sell, setSell] = useState(assetId ?? '');
  const sellId = sell || mine.find((m) => m.balance > 0)?.asset.id || '';
  const [payIn, setPayIn] = useState('');
  const payId = payIn || all.find((a) => a.id !== sellId && a.kind === 'points')?.id || all.find((a) => a.id !== sellId)?.id || '';
  const [quantity, setQuantity] = useState('');
  const [price, setPrice] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const q = whole(quantity);
  const p = whole(price);
  const held = mine.find((m) => m.asset.id === sellId)?.balance ?? 0;
  const payName = all.find((a) => a.id === payId)?.name ?? '';
  const post = useMutation({
    mutationFn: () =>
      call(marketRoutes.createMarketOrder, {
        body: { assetId: sellId, priceAssetId: payId, quantity: q, price: p, expiresInDays: 7 },
        idempotencyKey: key,
      }),
    onSuccess: async () => {
      toast.show({ title: t('create.done'), tone: 'success' });
      setKey(newIdempotencyKey());
      setQuantity('');
      setPrice('');
      onClose();
      await refreshMarket(queryClient);
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  const valid = q > 0 && p > 0 && sellId && payId;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('create.title')}
      footer={
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('create.cancel')}
          </Button>
          <Button onClick={() => post.mutate()} isLoading={post.isPending} disabled={!valid}>
            {t('create.confirm')}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <Select
          label={t('create.sell')}
          value={sellId}
          onChange={(e) => setSell(e.target.value)}
          options={mine
            .filter((m) => m.balance > 0)
            .map((m) => ({ value: m.asset.id, label: `${m.asset.name} (${format.number(m.balance)})` }))}
        />
        <Select
          label={t('create.payIn')}
          value={payId}
          onChange={(e) => setPayIn(e.target.value)}
          options={all.filter((a) => a.id !== sellId).map((a) => ({ value: a.id, label: a.name }))}
        />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            label={t('create.quantity')}
            hint={t('create.quantityHint', { held: format.number(held) })}
            inputMode="numeric"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
          <TextField
            label={t('create.price', { asset: payName })}
            hint={t('create.priceHint')}
            inputMode="numeric"
            value={price}
            onChange={(e) => setPrice(e.target.value)}
          />
        </div>
        {valid ? <p className="text-sm">{t('create.summary', { total: format.number(q * p), asset: payName })}</p> : null}
        {post.isError && (
          <Alert tone="danger" title={t('create.refused')}>
            <p>{errorText(post.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
