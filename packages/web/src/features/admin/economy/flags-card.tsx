import { oversightRoutes, type EconomyFlag, type FlagStatus } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Radar } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormat } from '../../../app/format/use-format';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge, Button, Dialog, EmptyState, SectionCard, Skeleton, TextField, useToast } from '../../../ui';
import { flagsQuery, refreshConsole } from './economy-console-queries';

const STATUSES: readonly FlagStatus[] = ['open', 'dismissed', 'actioned'];

/** Flagged patterns (round trips, cycles, concentration, many-to-one): review, then dismiss or mark actioned with a reason. */
export function FlagsCard({ onReverse }: { onReverse: (transferId: string) => void }) {
  const { t } = useTranslation('oversight');
  const format = useFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FlagStatus>('open');
  const [deciding, setDeciding] = useState<{ flag: EconomyFlag; status: 'dismissed' | 'actioned' } | null>(null);
  const [reason, setReason] = useState('');
  const flags = useQuery(flagsQuery(status));
  const scan = useMutation({
    mutationFn: () => call(oversightRoutes.scanEconomyFlags),
    onSuccess: async (result) => {
      toast.show({ title: t('flags.scanned', { count: result.raised, scanned: format.number(result.scanned) }), tone: 'success' });
      await refreshConsole(queryClient);
    },
  });
  const decide = useMutation({
    mutationFn: () =>
      call(oversightRoutes.decideEconomyFlag, {
        params: { flagId: deciding!.flag.id },
        body: { status: deciding!.status, reason: reason.trim() },
      }),
    onSuccess: async () => {
      toast.show({ title: t(`flags.done.${deciding!.status}`), tone: 'success' });
      setDeciding(null);
      setReason('');
      await refreshConsole(queryClient);
    },
  });
  return (
    <SectionCard
      title={<span id="flags">{t('flags.title')}</span>}
      description={t('flags.description')}
      actions={
        <Button
          variant="secondary"
          icon={<Radar className="size-5" aria-hidden="true" />}
          onClick={() => scan.mutate()}
          isLoading={scan.isPending}
        >
          {t('flags.scan')}
        </Button>
      }
    >
      <div className="flex flex-col gap-4">
        <div role="group" aria-label={t('flags.status')} className="flex flex-wrap gap-2">
          {STATUSES.map((s) => (
            <Button
              key={s}
              size="sm"
              variant={status === s ? 'primary' : 'secondary'}
              aria-pressed={status === s}
              onClick={() => setStatus(s)}
            >
              {t(`flags.statuses.${s}`)}
            </Button>
          ))}
        </div>
        {scan.isError && <Alert tone="danger" title={errorText(scan.error)} />}
        {flags.isPending ? (
          <Skeleton className="h-32 w-full rounded-xl" />
        ) : flags.isError ? (
          <Alert tone="danger" title={errorText(flags.error)} />
        ) : flags.data.items.length === 0 ? (
          <EmptyState isCompact title={t(`flags.empty.${status}`)} />
        ) : (
          <ul className="flex flex-col gap-3">
            {flags.data.items.map((flag) => (
              <li key={flag.id} className="flex flex-col gap-2 rounded-xl border border-border p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={flag.score >= 70 ? 'danger' : 'warning'}>{t(`flags.kinds.${flag.kind}`)}</Badge>
                  <span className="text-sm text-text-muted tabular-nums">
                    {t('flags.score', { score: flag.score })} · {format.number(flag.amount)} {flag.assetCode} ·{' '}
                    {format.dateTime(flag.createdAt)}
                  </span>
                </div>
                <p>{flag.members.map((m) => m.displayName || t('overview.erased')).join(flag.kind === 'cycle' ? ' → ' : ' · ')}</p>
                <p className="text-sm text-text-muted">{t(`flags.explain.${flag.kind}`, { count: flag.transferIds.length })}</p>
                <details className="text-sm">
                  <summary className="cursor-pointer">{t('flags.transfers', { count: flag.transferIds.length })}</summary>
                  <ul className="mt-2 flex flex-col gap-1">
                    {flag.transferIds.map((id) => (
                      <li key={id} className="flex flex-wrap items-center gap-2">
                        <code className="break-all text-xs">{id}</code>
                        <Button size="sm" variant="ghost" onClick={() => onReverse(id)}>
                          {t('flags.reverseThis')}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </details>
                {flag.status === 'open' ? (
                  <div className="flex flex-wrap gap-2">
                    <Button size="sm" variant="secondary" onClick={() => setDeciding({ flag, status: 'dismissed' })}>
                      {t('flags.dismiss')}
                    </Button>
                    <Button size="sm" onClick={() => setDeciding({ flag, status: 'actioned' })}>
                      {t('flags.action')}
                    </Button>
                  </div>
                ) : (
                  <p className="text-sm text-text-muted">
                    {t('flags.decided', {
                      name: flag.decidedBy?.displayName ?? '',
                      at: flag.decidedAt ? format.dateTime(flag.decidedAt) : '',
                      reason: flag.reason ?? '',
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <Dialog
        open={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding ? t(`flags.decideTitle.${deciding.status}`) : ''}
        description={t('flags.decideDescription')}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeciding(null)}>
              {t('cancel')}
            </Button>
            <Button onClick={() => decide.mutate()} isLoading={decide.isPending} disabled={reason.trim() === ''}>
              {deciding ? t(`flags.${deciding.status === 'dismissed' ? 'dismiss' : 'action'}`) : ''}
            </Button>
          </div>
        }
      >
        <div className="flex flex-col gap-4">
          <TextField
            label={t('flags.reason')}
            required
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          {decide.isError && <Alert tone="danger" title={errorText(decide.error)} />}
        </div>
      </Dialog>
    </SectionCard>
  );
}
