import { oversightRoutes, type VerifyResult } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, SectionCard } from '../../../ui';

/** "Verify now": the full ledger audit on demand (it reads every transfer), with its result and how long it took. */
export function AuditCard() {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const errorText = useErrorText();
  const run = useMutation<VerifyResult>({ mutationFn: () => call(oversightRoutes.economyVerify) });
  const result = run.data;
  return (
    <SectionCard
      title={t('audit.title')}
      description={t('audit.description')}
      actions={
        <Button icon={<ShieldCheck className="size-5" aria-hidden="true" />} onClick={() => run.mutate()} isLoading={run.isPending}>
          {t('audit.run')}
        </Button>
      }
    >
      <div aria-live="polite" className="flex flex-col gap-3">
        {run.isError && <Alert tone="danger" title={errorText(run.error)} />}
        {!result && !run.isError && <p className="text-sm text-text-muted">{t('audit.notRun')}</p>}
        {result && (
          <>
            <Alert
              tone={result.audit.ok ? 'success' : 'danger'}
              title={result.audit.ok ? t('audit.ok') : t('audit.broken', { count: result.audit.mismatchCount })}
            >
              <p className="tabular-nums">
                {t('audit.summary', {
                  transfers: format.number(result.audit.transfers),
                  accounts: format.number(result.audit.accounts),
                  ms: format.number(result.durationMs),
                  at: format.dateTime(result.audit.checkedAt),
                })}
              </p>
            </Alert>
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {(['zero_sum', 'below_floor', 'cached_balance', 'chain'] as const).map((check) => {
                const failed = result.audit.mismatches.some((m) => m.check === check || (check === 'chain' && m.check === 'head_hash'));
                return (
                  <li key={check} className={failed ? 'text-danger' : 'text-success'}>
                    {failed ? '✗' : '✓'} {t(`audit.checks.${check}`)}
                  </li>
                );
              })}
            </ul>
            {result.audit.mismatches.length > 0 && (
              <ul className="flex flex-col gap-1 text-sm">
                {result.audit.mismatches.slice(0, 10).map((m, i) => (
                  <li key={i} className="break-all font-mono text-xs">
                    {m.check} · {m.transferId ?? m.accountId ?? m.assetId}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </SectionCard>
  );
}
