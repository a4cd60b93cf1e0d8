import { perkRoutes, type PerkOrder } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { useFormat } from '../../app/format/use-format';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Badge, Button, Dialog, TextArea, TextField, useToast } from '../../ui';
import { perkPaths } from './perk-paths';
import { refreshPerks } from './perk-queries';

type Action = 'fulfil' | 'decline' | 'refund' | 'cancel';
const TONE = {
  held: 'warning',
  fulfilled: 'success',
  refunded: 'neutral',
  declined: 'danger',
  cancelled: 'neutral',
  expired: 'neutral',
} as const;

/** One order as its buyer or seller sees it, with the actions the server says are open. */
export function OrderItem({ order, side }: { order: PerkOrder; side: 'buyer' | 'seller' }) {
  const { t } = useTranslation('perks');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [fields, setFields] = useState({ code: '', note: '', url: '', reason: '' });
  const [key, setKey] = useState(newIdempotencyKey);
  const act = useMutation({
    mutationFn: (action: Action) => {
      const params = { id: order.id };
      const idempotencyKey = key;
      if (action === 'fulfil') {
        const body = {
          ...(fields.code.trim() ? { code: fields.code.trim() } : {}),
          ...(fields.note.trim() ? { note: fields.note.trim() } : {}),
          ...(fields.url.trim() ? { url: fields.url.trim() } : {}),
        };
        return call(perkRoutes.fulfilPerkOrder, { params, body, idempotencyKey });
      }
      if (action === 'cancel') return call(perkRoutes.cancelPerkOrder, { params, idempotencyKey });
      const body = { reason: fields.reason.trim() };
      return call(action === 'decline' ? perkRoutes.declinePerkOrder : perkRoutes.refundPerkOrder, { params, body, idempotencyKey });
    },
    onSuccess: async (_, action) => {
      toast.show({
        title: action === 'fulfil' ? t('orders.fulfilled') : action === 'cancel' ? t('orders.cancelled') : t('orders.done'),
        tone: 'success',
      });
      setOpen(null);
      setKey(newIdempotencyKey());
      await refreshPerks(queryClient);
    },
    onError: () => setKey(newIdempotencyKey()),
  });
  const set = (name: keyof typeof fields) => (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value }));
  const titles: Record<Action, string> = {
    fulfil: t('orders.fulfilTitle'),
    decline: t('orders.declineTitle'),
    refund: t('orders.refundTitle'),
    cancel: t('orders.cancel'),
  };
  const submit: Record<Action, string> = {
    fulfil: t('orders.fulfilSubmit'),
    decline: t('orders.declineSubmit'),
    refund: t('orders.refundSubmit'),
    cancel: t('orders.cancel'),
  };
  return (
    <li id={`order-${order.id}`} className="flex flex-col gap-2 px-4 py-4" data-testid="perk-order">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex min-w-0 flex-col gap-0.5">
          <Link href={perkPaths.perk(order.perk.id)} className="font-semibold break-words hover:underline">
            {order.perk.title}
          </Link>
          <p className="text-sm text-text-muted">
            {side === 'seller'
              ? t('orders.buyer', { name: order.buyer.displayName })
              : order.seller.type === 'brand'
                ? t('card.byBrand')
                : t('card.byMember', { name: order.seller.member.displayName })}
            {' · '}
            <time dateTime={order.createdAt}>{format.relative(order.createdAt)}</time>
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Badge tone={TONE[order.status]}>{t(`orderStatus.${order.status}`)}</Badge>
          <span className="text-sm font-semibold tabular-nums">
            {t('card.price', { price: format.number(order.price), asset: order.asset.name })}
          </span>
        </div>
      </div>
      {order.buyerNote && <p className="text-sm break-words">{t('orders.note', { note: order.buyerNote })}</p>}
      {order.status === 'held' && (
        <p className="text-xs text-text-muted">{t('orders.expires', { when: format.relative(order.expiresAt) })}</p>
      )}
      {order.fulfilment && (
        <div className="flex flex-col gap-1 rounded-xl bg-surface-muted p-3 text-sm">
          {order.fulfilment.code && (
            <p>
              {t('orders.code')}:{' '}
              <code className="font-mono font-semibold" data-testid="fulfilment-code">
                {order.fulfilment.code}
              </code>
            </p>
          )}
          {order.fulfilment.note && <p className="break-words whitespace-pre-wrap">{order.fulfilment.note}</p>}
          {order.fulfilment.url && (
            <a href={order.fulfilment.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all underline">
              {t('orders.link')}
            </a>
          )}
        </div>
      )}
      {order.declineReason && <p className="text-sm text-text-muted">{t('orders.declined', { reason: order.declineReason })}</p>}
      {order.refundReason && <p className="text-sm text-text-muted">{t('orders.refundedReason', { reason: order.refundReason })}</p>}
      <div className="flex flex-wrap gap-2">
        {order.canFulfil && (
          <Button size="sm" onClick={() => setOpen('fulfil')}>
            {t('orders.fulfil')}
          </Button>
        )}
        {order.canFulfil && (
          <Button size="sm" variant="secondary" onClick={() => setOpen('decline')}>
            {t('orders.decline')}
          </Button>
        )}
        {order.canCancel && (
          <Button size="sm" variant="secondary" onClick={() => setOpen('cancel')}>
            {t('orders.cancel')}
          </Button>
        )}
        {order.canRefund && (
          <Button size="sm" variant="secondary" onClick={() => setOpen('refund')}>
            {t('orders.refund')}
          </Button>
        )}
      </div>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(null)}
          title={titles[open]}
          footer={
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(null)}>
                {t('redeem.cancel')}
              </Button>
              <Button
                onClick={() => act.mutate(open)}
                isLoading={act.isPending}
                {...(open === 'fulfil' ? {} : { variant: open === 'cancel' ? 'primary' : 'danger' })}
              >
                {submit[open]}
              </Button>
            </div>
          }
        >
          <div className="flex flex-col gap-3">
            {open === 'fulfil' && (
              <>
                <p className="text-sm">{t('orders.fulfilBody')}</p>
                <TextField label={t('orders.fulfilCode')} value={fields.code} onChange={set('code')} maxLength={500} />
                <TextArea label={t('orders.fulfilNote')} value={fields.note} onChange={set('note')} rows={3} maxLength={2000} />
                <TextField label={t('orders.fulfilUrl')} value={fields.url} onChange={set('url')} type="url" maxLength={2000} />
              </>
            )}
            {(open === 'decline' || open === 'refund') && (
              <TextArea label={t('orders.reason')} value={fields.reason} onChange={set('reason')} rows={3} maxLength={500} required />
            )}
            {open === 'cancel' && <p className="text-sm">{t('orders.cancelConfirm')}</p>}
            {act.isError && (
              <Alert tone="danger" title={t('orders.refused')}>
                <p>{errorText(act.error)}</p>
              </Alert>
            )}
          </div>
        </Dialog>
      )}
    </li>
  );
}
