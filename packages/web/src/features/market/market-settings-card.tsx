import { marketRoutes, type MarketSettings } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, Card, SkeletonText, TextField, useToast } from '../../ui';
import { refreshMarket } from './market-queries';

type Field = keyof MarketSettings;
const settingsQuery = apiQuery(marketRoutes.getMarketSettings);
/** Empty means "no limit" where the setting allows null. */
const parse = (value: string, nullable: boolean) => (value.trim() === '' ? (nullable ? null : Number.NaN) : Number(value));
const show = (value: number | null) => (value === null || Number.isNaN(value) ? '' : String(value));

const FIELDS: { field: Field; label: string; hint?: string; nullable: boolean }[] = [
  { field: 'priceBandPercent', label: 'settings.band', hint: 'settings.bandHint', nullable: true },
  { field: 'bandFills', label: 'settings.bandFills', nullable: false },
  { field: 'dailyVolumeCap', label: 'settings.volume', hint: 'settings.volumeHint', nullable: true },
  { field: 'maxOpenOrders', label: 'settings.openOrders', nullable: false },
  { field: 'minTierRank', label: 'settings.tier', nullable: false },
  { field: 'minAccountAgeDays', label: 'settings.age', nullable: false },
];

function MarketSettingsForm({ initial, isOwner }: { initial: MarketSettings; isOwner: boolean }) {
  const { t } = useTranslation('market');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const save = useMutation({
    mutationFn: (body: MarketSettings) => call(marketRoutes.updateMarketSettings, { body }),
    onSuccess: async (saved) => {
      setValues(saved);
      toast.show({ tone: 'success', title: t('settings.saved') });
      await Promise.all([queryClient.invalidateQueries({ queryKey: settingsQuery.queryKey }), refreshMarket(queryClient)]);
    },
  });
  const errors = useFormErrors<Field>(save.error, Object.fromEntries(FIELDS.map((f) => [f.field, f.field])) as Record<Field, Field>);
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
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map(({ field, label, hint, nullable }) => (
          <TextField
            key={field}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            label={t(label as 'settings.band')}
            {...(hint ? { hint: t(hint as 'settings.bandHint') } : {})}
            value={show(values[field])}
            error={errors.fields[field]}
            disabled={!isOwner}
            onChange={(event) => setValues((v) => ({ ...v, [field]: parse(event.target.value, nullable) }))}
          />
        ))}
      </div>
      {isOwner && (
        <Button type="submit" className="self-start" isLoading={save.isPending}>
          {t('settings.save')}
        </Button>
      )}
    </form>
  );
}

/** The owner's market safeguards on the admin economy page (price band, caps, minimum trust). Admins see them. */
export function MarketSettingsCard({ isOwner }: { isOwner: boolean }) {
  const { t } = useTranslation('market');
  const settings = useQuery(settingsQuery);
  return (
    <Card as="section" aria-labelledby="market-settings-title" className="flex flex-col gap-4" data-testid="market-settings">
      <div>
        <h2 id="market-settings-title" className="text-lg font-semibold">
          {t('settings.title')}
        </h2>
        <p className="text-sm text-text-muted">{t('settings.description')}</p>
      </div>
      {settings.isPending && <SkeletonText lines={3} />}
      {settings.isError && <Alert tone="danger">{t('loadFailed')}</Alert>}
      {settings.data && <MarketSettingsForm initial={settings.data} isOwner={isOwner} />}
    </Card>
  );
}
