import { perkRoutes, type Perk } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, Gift } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Badge, Button, buttonClass, ConfirmDialog, Skeleton } from '../../ui';
import { RenderedHtml } from '../posts/rendered-html';
import { perkPaths } from './perk-paths';
import { perkQuery, refreshPerks } from './perk-queries';
import { RedeemDialog } from './redeem-dialog';

const WHY = [
  'perk_unavailable',
  'perk_not_started',
  'perk_ended',
  'perk_self_purchase',
  'perk_blocked',
  'perk_seller_unavailable',
  'perk_tier_already_held',
  'perk_sold_out',
  'perk_limit_reached',
  'perk_wallet_frozen',
  'insufficient_balance',
  'member_muted',
] as const;
const whyKey = (code: string) => ((WHY as readonly string[]).includes(code) ? (code as (typeof WHY)[number]) : 'other');

function ManageButtons({ perk }: { perk: Perk }) {
  const { t } = useTranslation('perks');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [archiving, setArchiving] = useState(false);
  const change = useMutation({
    mutationFn: (status: Perk['status']) => call(perkRoutes.updatePerk, { params: { id: perk.id }, body: { status } }),
    onSuccess: () => refreshPerks(queryClient),
  });
  if (perk.status === 'archived') return null;
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={perkPaths.edit(perk.id)} className={buttonClass({ variant: 'secondary' })}>
        {t('detail.edit')}
      </Link>
      <Button
        variant="secondary"
        isLoading={change.isPending}
        onClick={() => change.mutate(perk.status === 'active' ? 'paused' : 'active')}
      >
        {perk.status === 'active' ? t('detail.pause') : t('detail.resume')}
      </Button>
      <Button variant="secondary" onClick={() => setArchiving(true)}>
        {t('detail.archive')}
      </Button>
      <ConfirmDialog
        open={archiving}
        title={t('detail.archive')}
        confirmLabel={t('detail.archive')}
        cancelLabel={t('redeem.cancel')}
        tone="danger"
        isPending={change.isPending}
        onCancel={() => setArchiving(false)}
        onConfirm={() => change.mutate('archived', { onSettled: () => setArchiving(false) })}
      >
        {t('detail.archiveConfirm')}
      </ConfirmDialog>
      {change.isError && <p className="text-sm text-danger">{errorText(change.error)}</p>}
    </div>
  );
}

/** /perks/:id — one perk: description, price, stock, window, and the redeem button (or why one cannot). */
export default function PerkDetailPage() {
  const { t } = useTranslation('perks');
  const format = useFormat();
  const errorText = useErrorText();
  const { id = '' } = useParams<{ id: string }>();
  const detail = useQuery(perkQuery(id));
  const [redeeming, setRedeeming] = useState(false);
  useDocumentTitle(detail.data?.perk.title ?? t('title'));
  if (detail.isPending) return <Skeleton className="h-96 w-full rounded-2xl" />;
  if (detail.isError)
    return (
      <Alert tone="danger" title={t('detail.notFound')}>
        <p>{errorText(detail.error)}</p>
      </Alert>
    );
  const { perk, myActiveCount, blockedReason } = detail.data;
  const soldOut = perk.stockLeft !== null && perk.stockLeft <= 0;
  const window =
    perk.startsAt && perk.endsAt
      ? t('detail.window', { from: format.dateTime(perk.startsAt), to: format.dateTime(perk.endsAt) })
      : perk.startsAt
        ? t('detail.starts', { from: format.dateTime(perk.startsAt) })
        : perk.endsAt
          ? t('detail.ends', { to: format.dateTime(perk.endsAt) })
          : null;
  return (
    <article className="flex flex-col gap-5">
      <Link href={perkPaths.browse} className="inline-flex items-center gap-1 text-sm text-text-muted hover:underline">
        <ArrowLeft className="size-4" aria-hidden="true" />
        {t('detail.back')}
      </Link>
      <div className="grid gap-5 md:grid-cols-2">
        {perk.imageUrl ? (
          <img src={perk.imageUrl} alt="" className="aspect-[4/3] w-full rounded-2xl object-cover" />
        ) : (
          <div
            className="flex aspect-[4/3] w-full items-center justify-center rounded-2xl bg-surface-muted text-text-muted"
            aria-hidden="true"
          >
            <Gift className="size-16" />
          </div>
        )}
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-1">
            <Badge tone="accent">{t(`kinds.${perk.kind}`)}</Badge>
            {perk.status !== 'active' && <Badge tone="warning">{t(`status.${perk.status}`)}</Badge>}
          </div>
          <h1 className="text-2xl font-bold break-words">{perk.title}</h1>
          <p className="text-sm text-text-muted">
            {perk.seller.type === 'brand' ? t('card.byBrand') : t('card.byMember', { name: perk.seller.member.displayName })}
            {' · '}
            {t('detail.delivered', { count: perk.fulfilledCount })}
          </p>
          <p className="text-3xl font-bold tabular-nums" data-testid="perk-price">
            {t('card.price', { price: format.number(perk.price), asset: perk.asset.name })}
          </p>
          <ul className="flex flex-col gap-1 text-sm text-text-muted">
            <li>
              {soldOut ? t('card.soldOut') : perk.stockLeft === null ? t('card.unlimited') : t('card.stockLeft', { count: perk.stockLeft })}
            </li>
            {perk.perMemberLimit !== null && <li>{t('detail.limit', { count: perk.perMemberLimit })}</li>}
            {window && <li>{window}</li>}
            {perk.tier && <li>{t('detail.tier', { name: perk.tier.name })}</li>}
            {myActiveCount > 0 && <li>{t('detail.youHave', { count: myActiveCount })}</li>}
          </ul>
          {!perk.canManage || blockedReason !== 'perk_self_purchase' ? (
            <div className="flex flex-col gap-2">
              <Button onClick={() => setRedeeming(true)} disabled={blockedReason !== null} className="self-start">
                {t('detail.redeem')}
              </Button>
              {blockedReason && <p className="text-sm text-text-muted">{t(`why.${whyKey(blockedReason)}`)}</p>}
            </div>
          ) : null}
          {perk.canManage && <ManageButtons perk={perk} />}
        </div>
      </div>
      {perk.descriptionHtml && <RenderedHtml html={perk.descriptionHtml} />}
      <RedeemDialog perk={perk} open={redeeming} onClose={() => setRedeeming(false)} />
    </article>
  );
}
