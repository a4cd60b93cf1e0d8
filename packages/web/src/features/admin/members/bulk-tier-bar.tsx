import type { AdminMember, TierRef } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Select, TextField, useToast } from '../../../ui';
import { useBulkTierChange, type BulkFailure } from './use-bulk-tier-change';

export interface BulkTierBarProps {
  selected: AdminMember[];
  tiers: readonly TierRef[];
  /** Keeps only these members selected (those that could not be moved), or clears with []. */
  onKeepSelected: (ids: string[]) => void;
}

/** Shown while rows are selected: move them all to one tier, with a reason recorded in each history. */
export function BulkTierBar({ selected, tiers, onKeepSelected }: BulkTierBarProps) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const [tierId, setTierId] = useState('');
  const [reason, setReason] = useState('');
  const [failures, setFailures] = useState<BulkFailure[]>([]);
  const change = useBulkTierChange();
  const tierName = tiers.find((tier) => tier.id === tierId)?.name ?? '';

  const apply = () =>
    change.mutate(
      { members: selected, tierId, reason },
      {
        onSuccess: ({ movedIds, failures: failed }) => {
          setFailures(failed);
          onKeepSelected(failed.map((failure) => failure.member.id));
          if (movedIds.length > 0)
            toast.show({ tone: 'success', title: t('members.bulk.moved', { count: movedIds.length, tier: tierName }) });
          if (failed.length === 0) setReason('');
        },
      },
    );

  return (
    <section
      aria-label={t('members.bulk.label')}
      className="flex flex-col gap-3 rounded-2xl border border-accent-text/30 bg-accent-soft p-4"
    >
      <p className="font-medium" aria-live="polite">
        {t('members.bulk.selected', { count: selected.length })}
      </p>
      <div className="grid gap-3 md:grid-cols-[minmax(10rem,1fr)_minmax(12rem,2fr)_auto_auto] md:items-end">
        <Select
          label={t('members.bulk.tier')}
          value={tierId}
          onChange={(event) => setTierId(event.target.value)}
          options={[{ value: '', label: t('members.bulk.chooseTier') }, ...tiers.map((tier) => ({ value: tier.id, label: tier.name }))]}
        />
        <TextField label={t('fields.reason')} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={300} />
        <Button onClick={apply} disabled={!tierId} isLoading={change.isPending}>
          {t('members.bulk.apply')}
        </Button>
        <Button variant="ghost" onClick={() => onKeepSelected([])} disabled={change.isPending}>
          {t('members.bulk.clear')}
        </Button>
      </div>
      {failures.length > 0 && (
        <Alert tone="danger" title={t('members.bulk.failedTitle', { count: failures.length })}>
          <ul className="flex flex-col gap-1">
            {failures.map(({ member, message }) => (
              <li key={member.id}>
                <span className="font-medium text-text">{member.displayName}</span>: {message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
