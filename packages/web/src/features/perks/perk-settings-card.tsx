import { perkRoutes, type PerkSettings } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, Card, Select, SkeletonText, TextField, useToast } from '../../ui';
import { refreshPerks, sellerInfoQuery } from './perk-queries';

type Field = 'sellerMinTierRank' | 'holdDays' | 'disputeDays';
const int = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function PerkSettingsForm({
  initial,
  tiers,
  isOwner,
}: {
  initial: PerkSettings;
  tiers: { name: string; rank: number }[];
  isOwner: boolean;
}) {
  const { t } = useTranslation('perks');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const save = useMutation({
    mutationFn: (body: PerkSettings) => call(perkRoutes.updatePerkSettings, { body }),
    onSuccess: async (saved) => {
      setValues(saved);
      toast.show({ tone: 'success', title: t('settings.saved') });
      await Promise.all([queryClient.invalidateQueries({ queryKey: sellerInfoQuery.queryKey }), refreshPerks(queryClient)]);
    },
  });
  const errors = useFormErrors<Field>(save.error, {
    sellerMinTierRank: 'sellerMinTierRank',
    holdDays: 'holdDays',
    disputeDays: 'disputeDays',
  });
  const sellers = [
    { value: '', label: t('settings.adminsOnly') },
    ...[...tiers]
      .sort((a, b) => a.rank - b.rank)
      .map((tier) => ({ value: String(tier.rank), label: t('settings.tierAndAbove', { tier: tier.name }) })),
  ];
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(values);
      }}
    >
      {!isOwner && <Alert tone="info">{t('settings.ownerOnly')}</Alert>}
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <Select
        label={t('settings.whoSells')}
        hint={t('settings.whoSellsHint')}
        options={sellers}
        value={values.sellerMinTierRank === null ? '' : String(values.sellerMinTierRank)}
        error={errors.fields.sellerMinTierRank}
        disabled={!isOwner}
        onChange={(event) => setValues((v) => ({ ...v, sellerMinTierRank: event.target.value === '' ? null : Number(event.target.value) }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          step={1}
          label={t('settings.holdDays')}
          hint={t('settings.holdDaysHint')}
          value={Number.isNaN(values.holdDays) ? '' : String(values.holdDays)}
          error={errors.fields.holdDays}
          disabled={!isOwner}
          onChange={(event) => setValues((v) => ({ ...v, holdDays: int(event.target.value) }))}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          step={1}
          label={t('settings.disputeDays')}
          hint={t('settings.disputeDaysHint')}
          value={Number.isNaN(values.disputeDays) ? '' : String(values.disputeDays)}
          error={errors.fields.disputeDays}
          disabled={!isOwner}
          onChange={(event) => setValues((v) => ({ ...v, disputeDays: int(event.target.value) }))}
        />
      </div>
      {isOwner && (
        <Button type="submit" className="self-start" isLoading={save.isPending}>
          {t('settings.save')}
        </Button>
      )}
    </form>
  );
}

/** The owner's marketplace rules on the admin economy page: who may sell, hold and dispute windows. Admins see them. */
export function PerkSettingsCard({ isOwner }: { isOwner: boolean }) {
  const { t } = useTranslation('perks');
  const info = useQuery(sellerInfoQuery);
  return (
    <Card as="section" aria-labelledby="perk-settings-title" className="flex flex-col gap-4" data-testid="perk-settings">
      <h2 id="perk-settings-title" className="text-lg font-semibold">
        {t('settings.title')}
      </h2>
      {info.isPending && <SkeletonText lines={3} />}
      {info.isError && <Alert tone="danger">{t('loadFailed')}</Alert>}
      {info.data && <PerkSettingsForm initial={info.data.settings} tiers={info.data.tiers} isOwner={isOwner} />}
    </Card>
  );
}
