import { badgeRoutes, type Badge } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../../api/client';
import { useDocumentTitle } from '../../../app/use-document-title';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Badge as Pill, Button, EmptyState, PageHeader, SectionCard, Skeleton, useToast } from '../../../ui';
import { BadgeAwardDialog } from './badge-award-dialog';
import { BadgeFormDialog } from './badge-form-dialog';
import { BadgeMedal } from './badge-medal';
import { adminBadgesQuery, badgePath, refreshBadges } from './badges-queries';

type Open = { kind: 'form'; badge: Badge | null } | { kind: 'give' | 'take'; badge: Badge } | null;

function BadgeRow({ badge, onOpen }: { badge: Badge; onOpen: (open: Open) => void }) {
  const { t } = useTranslation('badges');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => call(badgeRoutes.updateBadge, { params: { id: badge.id }, body: { isEnabled: !badge.isEnabled } }),
    onSuccess: () => refreshBadges(queryClient),
    onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
  });
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center" data-testid={`badge-row-${badge.id}`}>
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <BadgeMedal icon={badge.icon} tier={badge.tier} />
        <div className="flex min-w-0 flex-col">
          <span className="flex flex-wrap items-center gap-2">
            <Link href={badgePath(badge.id)} className="font-semibold hover:underline">
              {badge.name}
            </Link>
            <Pill tone={badge.isEnabled ? 'success' : 'neutral'}>{badge.isEnabled ? t('admin.enabled') : t('admin.disabled')}</Pill>
          </span>
          <span className="text-sm text-text-muted">{badge.description}</span>
          <span className="text-sm text-text-muted tabular-nums">{t('admin.holders', { count: badge.holderCount })}</span>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={() => onOpen({ kind: 'form', badge })}>
          {t('admin.edit')}
        </Button>
        <Button size="sm" variant="secondary" isLoading={toggle.isPending} onClick={() => toggle.mutate()}>
          {badge.isEnabled ? t('admin.disable') : t('admin.enable')}
        </Button>
        {badge.rule === null && badge.isEnabled && (
          <Button size="sm" onClick={() => onOpen({ kind: 'give', badge })}>
            {t('admin.give')}
          </Button>
        )}
        {badge.holderCount > 0 && (
          <Button size="sm" variant="secondary" onClick={() => onOpen({ kind: 'take', badge })}>
            {t('admin.takeBack')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** /admin/badges — the rule badges (rename, switch off), manual badges (create, give, take back), and a recheck. */
export default function AdminBadgesPage() {
  const { t } = useTranslation('badges');
  const toast = useToast();
  const errorText = useErrorText();
  const catalogue = useQuery(adminBadgesQuery);
  const [open, setOpen] = useState<Open>(null);
  useDocumentTitle(t('admin.title'));
  const recheck = useMutation({
    mutationFn: () => call(badgeRoutes.recheckBadges),
    onSuccess: () => toast.show({ title: t('admin.recheckQueued'), tone: 'success' }),
    onError: (error) => toast.show({ title: errorText(error), tone: 'danger' }),
  });
  const rows = catalogue.data?.items ?? [];
  const list = (items: Badge[]) => (
    <ul className="flex flex-col divide-y divide-border">
      {items.map((badge) => (
        <BadgeRow key={badge.id} badge={badge} onOpen={setOpen} />
      ))}
    </ul>
  );
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={t('admin.title')}
        description={t('admin.description')}
        actions={
          <Button
            variant="secondary"
            icon={<RefreshCw className="size-4" aria-hidden="true" />}
            isLoading={recheck.isPending}
            onClick={() => recheck.mutate()}
          >
            {t('admin.recheck')}
          </Button>
        }
      />
      {catalogue.isPending ? (
        <Skeleton className="h-72 w-full rounded-2xl" />
      ) : catalogue.isError ? (
        <Alert tone="danger" title={t('admin.loadFailed')}>
          <p>{errorText(catalogue.error)}</p>
        </Alert>
      ) : (
        <>
          <SectionCard title={t('admin.rulesTitle')} description={t('admin.rulesDescription')}>
            {list(rows.filter((b) => b.rule !== null))}
          </SectionCard>
          <SectionCard
            title={t('admin.manualTitle')}
            description={t('admin.manualDescription')}
            actions={
              <Button icon={<Plus className="size-4" aria-hidden="true" />} onClick={() => setOpen({ kind: 'form', badge: null })}>
                {t('admin.create')}
              </Button>
            }
          >
            {rows.some((b) => b.rule === null) ? (
              list(rows.filter((b) => b.rule === null))
            ) : (
              <EmptyState isCompact title={t('admin.noManual')} />
            )}
          </SectionCard>
        </>
      )}
      {open?.kind === 'form' && <BadgeFormDialog key={open.badge?.id ?? 'new'} badge={open.badge} open onClose={() => setOpen(null)} />}
      {(open?.kind === 'give' || open?.kind === 'take') && (
        <BadgeAwardDialog badge={open.badge} mode={open.kind} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
