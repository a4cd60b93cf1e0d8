import { trustRoutes as r, type TrustRequirement, type TrustSettings } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery, routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, Checkbox, SectionCard, SkeletonText, TextField, useToast } from '../../ui';
import { QueryError } from '../admin/shared/query-error';

const FIELDS = ['days', 'posts', 'reactions', 'maxFlags'] as const satisfies readonly (keyof TrustRequirement)[];

/** Word filter page → Trust levels: what each level takes, and whether new members are limited (admins change it). */
export function TrustSettingsCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation('trust');
  const settings = useQuery(apiQuery(r.getTrustSettings));
  return (
    <SectionCard title={t('settings.title')} description={t('settings.description')}>
      {settings.isPending && <SkeletonText lines={4} />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <TrustSettingsForm key={settings.data.updatedAt ?? 'default'} settings={settings.data} canEdit={canEdit} />}
    </SectionCard>
  );
}

function TrustSettingsForm({ settings, canEdit }: { settings: TrustSettings; canEdit: boolean }) {
  const { t } = useTranslation('trust');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [limitsEnabled, setLimitsEnabled] = useState(settings.limitsEnabled);
  const [levels, setLevels] = useState(() => settings.levels.map((l) => Object.fromEntries(FIELDS.map((f) => [f, String(l[f])]))));
  const save = useMutation({
    mutationFn: () =>
      call(r.updateTrustSettings, {
        body: { limitsEnabled, levels: levels.map((l) => Object.fromEntries(FIELDS.map((f) => [f, Number(l[f])])) as TrustRequirement) },
      }),
    onSuccess: async () => {
      toast.show({ title: t('settings.saved'), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: routeKey(r.getTrustSettings) });
    },
  });
  const paths = Object.fromEntries(levels.flatMap((_, i) => FIELDS.map((f) => [`levels.${i}.${f}`, `${i}.${f}`])));
  const errors = useFormErrors(save.error, paths);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Checkbox
        label={t('settings.limitsEnabled')}
        checked={limitsEnabled}
        disabled={!canEdit}
        onChange={(e) => setLimitsEnabled(e.target.checked)}
      />
      {levels.map((values, i) => (
        <fieldset key={i} className="flex flex-col gap-2 rounded-xl border border-border p-3" disabled={!canEdit}>
          <legend className="px-1 font-medium">
            {t('settings.levelHeading', { level: i + 1, name: t(`names.${String(i + 1) as '1'}`) })}
          </legend>
          <div className="grid gap-3 sm:grid-cols-4">
            {FIELDS.map((field) => (
              <TextField
                key={field}
                label={t(`settings.${field}`)}
                type="number"
                inputMode="numeric"
                min={0}
                value={values[field] ?? ''}
                error={errors.fields[`${i}.${field}`]}
                onChange={(e) => setLevels((all) => all.map((l, j) => (j === i ? { ...l, [field]: e.target.value } : l)))}
              />
            ))}
          </div>
        </fieldset>
      ))}
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      {canEdit && (
        <div>
          <Button type="submit" isLoading={save.isPending}>
            {t('settings.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
