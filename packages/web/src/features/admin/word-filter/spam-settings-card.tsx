import { spamReportRoutes as r, type SpamSettings } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery, routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, Checkbox, SectionCard, SkeletonText, TextField, useToast } from '../../../ui';
import { QueryError } from '../shared/query-error';

type Numbers = Pick<SpamSettings, 'holdScore' | 'blockScore' | 'trustedLevel' | 'reporterLevel' | 'reportsToHide'>;
const FIELDS: readonly (keyof Numbers)[] = ['holdScore', 'blockScore', 'trustedLevel', 'reporterLevel', 'reportsToHide'];
/** Trust levels run 0–4 (modules/trust). */
const isLevel = (field: keyof Numbers) => field === 'trustedLevel' || field === 'reporterLevel';

/** Word filter page → Spam detection: the owner's thresholds, the trust levels it trusts, reports that hide, and the classifier. */
export function SpamSettingsCard() {
  const settings = useQuery(apiQuery(r.getSpamSettings));
  const { t } = useTranslation('admin');
  return (
    <SectionCard title={t('spam.title')} description={t('spam.description')}>
      {settings.isPending && <SkeletonText lines={4} />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SpamSettingsForm key={settings.data.updatedAt ?? 'default'} settings={settings.data} />}
      <ModelStatus />
    </SectionCard>
  );
}

function SpamSettingsForm({ settings }: { settings: SpamSettings }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [values, setValues] = useState<Record<keyof Numbers, string>>(
    () => Object.fromEntries(FIELDS.map((f) => [f, String(settings[f])])) as Record<keyof Numbers, string>,
  );
  const save = useMutation({
    mutationFn: () =>
      call(r.updateSpamSettings, {
        body: { enabled, ...(Object.fromEntries(FIELDS.map((f) => [f, Number(values[f])])) as Numbers) },
      }),
    onSuccess: async () => {
      toast.show({ title: t('spam.saved'), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: routeKey(r.getSpamSettings) });
    },
  });
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Checkbox label={t('spam.enabled')} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`spam.fields.${field}`)}
            hint={t(`spam.hints.${field}`)}
            type="number"
            inputMode="numeric"
            min={isLevel(field) ? 0 : 1}
            {...(isLevel(field) ? { max: 4 } : {})}
            value={values[field]}
            onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
          />
        ))}
      </div>
      {save.isError && <Alert tone="danger">{errorText(save.error)}</Alert>}
      <div>
        <Button type="submit" isLoading={save.isPending}>
          {t('spam.save')}
        </Button>
      </div>
    </form>
  );
}

function ModelStatus() {
  const { t } = useTranslation('admin');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const status = useQuery(apiQuery(r.getSpamModel));
  const retrain = useMutation({
    mutationFn: () => call(r.retrainSpamModel, { body: {} }),
    onSuccess: (data) => queryClient.setQueryData(routeKey(r.getSpamModel), data),
  });
  if (!status.data) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 border-t border-border pt-4">
      <p className="text-sm text-text-muted">
        {status.data.trainedAt
          ? t('spam.model.trained', {
              time: new Date(status.data.trainedAt).toLocaleString(),
              spam: status.data.spamDecisions,
              ham: status.data.hamDecisions,
            })
          : t('spam.model.seed')}
      </p>
      {retrain.isError && <Alert tone="danger">{errorText(retrain.error)}</Alert>}
      <div>
        <Button variant="secondary" isLoading={retrain.isPending} onClick={() => retrain.mutate()}>
          {t('spam.model.retrain')}
        </Button>
      </div>
    </div>
  );
}
