import { chipRoutes, memberRoutes, type ChipIssuanceMode } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useSignedInMember } from '../../../app/session/session-context';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, RadioCards, SectionCard, Select, Skeleton, useToast } from '../../../ui';
import { hasRole } from '../../admin/shared/staff-role';
import { chipSettingsQuery } from './chips-queries';

const MODES: readonly ChipIssuanceMode[] = ['approval', 'open', 'off'];

/** Who may issue a personal chip: the mode and the lowest tier. Owners change it; admins see it. */
export function ChipSettingsCard() {
  const { t } = useTranslation('chips');
  const me = useSignedInMember();
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const settings = useQuery(chipSettingsQuery);
  const tiers = useQuery(apiQuery(memberRoutes.adminTiers));
  const [mode, setMode] = useState<ChipIssuanceMode>('approval');
  const [rank, setRank] = useState('0');
  const isOwner = hasRole(me.role, 'owner');
  useEffect(() => {
    if (!settings.data) return;
    setMode(settings.data.issuanceMode);
    setRank(String(settings.data.minTierRank));
  }, [settings.data]);

  const save = useMutation({
    mutationFn: () => call(chipRoutes.updateChipSettings, { body: { issuanceMode: mode, minTierRank: Number(rank) } }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(chipSettingsQuery.queryKey, saved);
      toast.show({ title: t('settings.saved'), tone: 'success' });
    },
  });

  if (settings.isPending || tiers.isPending) return <Skeleton className="h-48 w-full rounded-2xl" />;
  if (settings.isError) return <Alert tone="danger" title={errorText(settings.error)} />;
  const tierOptions = (tiers.data?.items ?? [])
    .slice()
    .sort((a, b) => a.rank - b.rank)
    .map((tier) => ({ value: String(tier.rank), label: tier.name }));
  return (
    <SectionCard title={t('settings.title')} description={isOwner ? t('settings.description') : t('settings.ownerOnly')}>
      <fieldset disabled={!isOwner} className="flex flex-col gap-4">
        <RadioCards
          legend={t('settings.mode')}
          name="chip-issuance-mode"
          value={mode}
          onChange={setMode}
          options={MODES.map((value) => ({
            value,
            label: t(`settings.modes.${value}.label`),
            description: t(`settings.modes.${value}.description`),
          }))}
        />
        {tierOptions.length > 0 && (
          <Select
            label={t('settings.minTier')}
            hint={t('settings.minTierHint')}
            options={tierOptions}
            value={rank}
            onChange={(event) => setRank(event.target.value)}
          />
        )}
        {save.isError && <Alert tone="danger" title={errorText(save.error)} />}
        {isOwner && (
          <div className="flex justify-end">
            <Button onClick={() => save.mutate()} isLoading={save.isPending}>
              {t('settings.save')}
            </Button>
          </div>
        )}
      </fieldset>
    </SectionCard>
  );
}
