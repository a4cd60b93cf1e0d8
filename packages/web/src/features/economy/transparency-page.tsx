import { oversightRoutes, type WalletVerification } from '@hearth/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { isApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { useFormat } from '../../app/format/use-format';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, EmptyState, PageHeader, SectionCard, Skeleton } from '../../ui';

const transparencyQuery = apiQuery(oversightRoutes.transparency);

/**
 * /economy/transparency — when the owner allows it: supply and circulation of every asset,
 * and "verify my wallet", which recomputes the caller's hash chains from their transfers.
 */
export default function TransparencyPage() {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const errorText = useErrorText();
  useDocumentTitle(t('public.title'));
  const page = useQuery({ ...transparencyQuery, retry: false });
  const verify = useMutation<WalletVerification>({ mutationFn: () => call(oversightRoutes.verifyMyWallet) });
  if (page.isError && isApiError(page.error) && page.error.status === 403) {
    return (
      <div className="flex flex-col gap-5">
        <PageHeader title={t('public.title')} />
        <EmptyState title={t('public.closedTitle')}>{errorText(page.error)}</EmptyState>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('public.title')} description={t('public.description')} />
      <SectionCard
        title={t('public.verifyTitle')}
        description={t('public.verifyDescription')}
        actions={
          <Button icon={<ShieldCheck className="size-5" aria-hidden="true" />} onClick={() => verify.mutate()} isLoading={verify.isPending}>
            {t('public.verify')}
          </Button>
        }
      >
        <div aria-live="polite" className="flex flex-col gap-3">
          {verify.isError && <Alert tone="danger" title={errorText(verify.error)} />}
          {verify.data && (
            <>
              <Alert tone={verify.data.ok ? 'success' : 'danger'} title={verify.data.ok ? t('public.match') : t('public.mismatch')} />
              <ul className="flex flex-col divide-y divide-border">
                {verify.data.wallets.map((w) => (
                  <li key={w.assetId} className="flex flex-col gap-1 py-2">
                    <span className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium">
                        {w.name} <span className="text-sm text-text-muted">{w.code}</span>
                      </span>
                      <span className={w.match ? 'text-success' : 'text-danger'}>
                        {w.match ? `✓ ${t('public.walletMatch')}` : `✗ ${t('public.walletMismatch')}`}
                      </span>
                    </span>
                    <span className="text-sm text-text-muted tabular-nums">
                      {t('public.walletSummary', { transfers: format.number(w.transfers), balance: format.number(w.balance) })}
                    </span>
                    <code className="break-all text-xs text-text-muted">{w.recomputedHead || '—'}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </SectionCard>
      {page.isPending ? (
        <Skeleton className="h-48 w-full rounded-2xl" />
      ) : page.isError ? (
        <Alert tone="danger" title={errorText(page.error)} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {page.data.assets.map((asset) => (
            <SectionCard key={asset.assetId} title={`${asset.name} · ${asset.code}`}>
              <dl className="grid grid-cols-2 gap-3 tabular-nums">
                {(
                  [
                    ['supply', format.number(asset.supply)],
                    ['cap', asset.supplyCap === null ? t('overview.uncapped') : format.number(asset.supplyCap)],
                    ['holders', format.number(asset.holders)],
                    ['heldByMembers', format.number(asset.circulation.members)],
                    ['inEscrow', format.number(asset.circulation.escrow)],
                    ['inTreasury', format.number(asset.circulation.treasury)],
                  ] as const
                ).map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-sm text-text-muted">{t(`public.${label}`)}</dt>
                    <dd className="text-lg font-semibold">{value}</dd>
                  </div>
                ))}
              </dl>
            </SectionCard>
          ))}
        </div>
      )}
    </div>
  );
}
