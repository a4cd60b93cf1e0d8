import { marketRoutes, type MarketOrder } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Avatar, Badge, Button, ConfirmDialog, useToast } from '../../ui';
import { FillDialog } from './fill-dialog';
import { refreshMarket } from './market-queries';

const STATUS_TONE = { open: 'accent', filled: 'success', cancelled: 'neutral', expired: 'warning' } as const;

/** One order: who sells what at which price, how much is left, and Fill / Cancel where the caller may. */
export function OrderRow({ order, showAsset = false }: { order: MarketOrder; showAsset?: boolean }) {
  const { t } = useTranslation('market');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [isFilling, setFilling] = useState(false);
  const [isCancelling, setCancelling] = useState(false);
  const cancel = useMutation({
    mutationFn: () => call(marketRoutes.cancelMarketOrder, { params: { id: order.id }, idempotencyKey: newIdempotencyKey() }),
    onSuccess: async () => {
      setCancelling(false);
      toast.show({ title: t('order.cancelled'), tone: 'success' });
      await refreshMarket(queryClient);
    },
    onError: (error) => {
      setCancelling(false);
      toast.show({ title: errorText(error), tone: 'danger' });
    },
  });
  return (
    <li className="flex flex-wrap items-center gap-3 py-3" data-testid="market-order">
      {order.seller && <Avatar name={order.seller.displayName} src={order.seller.avatarUrl} size="md" isDecorative />}
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words">
          {t('order.line', {
            quantity: format.number(order.remaining),
            asset: order.asset.name,
            price: format.number(order.price),
            priceAsset: order.priceAsset.name,
          })}
        </p>
        <p className="text-sm text-text-muted">
          {showAsset ? `${order.asset.name} · ` : ''}
          {order.seller ? t('order.by', { name: order.seller.displayName }) : ''}
          {' · '}
          {t('order.progress', { filled: format.number(order.quantity - order.remaining), quantity: format.number(order.quantity) })}
          {order.status === 'open' ? ` · ${t('order.expires', { when: format.relative(order.expiresAt) })}` : ''}
        </p>
      </div>
      <Badge tone={STATUS_TONE[order.status]}>{t(`status.${order.status}`)}</Badge>
      {order.can.fill && <Button onClick={() => setFilling(true)}>{t('order.fill')}</Button>}
      {order.can.cancel && (
        <Button variant="secondary" onClick={() => setCancelling(true)}>
          {t('order.cancel')}
        </Button>
      )}
      {isFilling && <FillDialog order={order} open={isFilling} onClose={() => setFilling(false)} />}
      <ConfirmDialog
        open={isCancelling}
        title={t('order.cancelTitle')}
        confirmLabel={t('order.cancelConfirm')}
        cancelLabel={t('order.keep')}
        onConfirm={() => cancel.mutate()}
        onCancel={() => setCancelling(false)}
        isPending={cancel.isPending}
        tone="danger"
      >
        {t('order.cancelBody', { quantity: format.number(order.remaining), asset: order.asset.name })}
      </ConfirmDialog>
    </li>
  );
}
