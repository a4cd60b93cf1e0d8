import { penaltyRoutes, type LadderStep, type PenaltyPolicy, type ReasonTemplate } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeKey } from '../../api/api-query';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, IconButton, SectionCard, Select, SkeletonText, TextField, useToast } from '../../ui';
import { AdminPage } from '../admin/shared/admin-page';
import { usePenaltyPolicy } from './penalty-queries';

/** Admin → Penalty ladder (owner): the steps "apply next step" climbs, how far back it looks, and the reason templates. */
export default function PenaltyPolicyPage() {
  const { t } = useTranslation(['penalties', 'admin']);
  const policy = usePenaltyPolicy();
  return (
    <AdminPage title={t('admin:sections.penaltyPolicy.title')} description={t('policy.description')}>
      {policy.isPending && <SkeletonText lines={6} />}
      {policy.data && <PolicyForm initial={policy.data} />}
    </AdminPage>
  );
}

function PolicyForm({ initial }: { initial: PenaltyPolicy }) {
  const { t } = useTranslation('penalties');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [ladder, setLadder] = useState<LadderStep[]>(initial.ladder);
  const [lookback, setLookback] = useState(String(initial.lookbackDays));
  const [templates, setTemplates] = useState<ReasonTemplate[]>(initial.templates);
  const save = useMutation({
    mutationFn: () => call(penaltyRoutes.setPenaltyPolicy, { body: { ladder, lookbackDays: Number(lookback), templates } }),
    onSuccess: async () => {
      toast.show({ title: t('policy.saved'), tone: 'success' });
      await queryClient.invalidateQueries({ queryKey: routeKey(penaltyRoutes.getPenaltyPolicy) });
    },
  });
  const setStep = (index: number, step: LadderStep) => setLadder(ladder.map((s, i) => (i === index ? step : s)));
  const setTemplate = (index: number, template: ReasonTemplate) => setTemplates(templates.map((x, i) => (i === index ? template : x)));
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <SectionCard title={t('policy.ladder')} description={t('policy.ladderHint')}>
        <ol className="flex flex-col gap-3">
          {ladder.map((step, index) => (
            <li key={index} className="flex flex-wrap items-end gap-3">
              <Select
                label={t('policy.step', { n: index + 1 })}
                value={step.kind}
                onChange={(e) => {
                  const kind = e.target.value as LadderStep['kind'];
                  setStep(index, { kind, days: kind === 'warn' ? null : kind === 'mute' ? (step.days ?? 1) : step.days });
                }}
                options={(['warn', 'mute', 'ban'] as const).map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
              />
              {step.kind !== 'warn' && (
                <TextField
                  label={t('act.days')}
                  hint={step.kind === 'ban' ? t('act.permanent') : undefined}
                  type="number"
                  min={1}
                  value={step.days === null ? '' : String(step.days)}
                  onChange={(e) => setStep(index, { ...step, days: e.target.value === '' ? null : Number(e.target.value) })}
                />
              )}
              <IconButton
                label={t('policy.remove')}
                icon={<Trash2 className="size-5" />}
                onClick={() => setLadder(ladder.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          className="mt-3 w-fit"
          icon={<Plus className="size-5" aria-hidden="true" />}
          onClick={() => setLadder([...ladder, { kind: 'mute', days: 1 }])}
        >
          {t('policy.addStep')}
        </Button>
        <TextField
          className="mt-4 max-w-xs"
          label={t('policy.lookback')}
          type="number"
          min={1}
          value={lookback}
          onChange={(e) => setLookback(e.target.value)}
        />
      </SectionCard>
      <SectionCard title={t('policy.templates')}>
        <ul className="flex flex-col gap-3">
          {templates.map((template, index) => (
            <li key={index} className="flex flex-wrap items-end gap-3">
              <TextField
                label={t('policy.templateId')}
                value={template.id}
                onChange={(e) => setTemplate(index, { ...template, id: e.target.value })}
              />
              <TextField
                className="min-w-0 flex-1"
                label={t('policy.templateLabel')}
                value={template.label}
                onChange={(e) => setTemplate(index, { ...template, label: e.target.value })}
              />
              <IconButton
                label={t('policy.remove')}
                icon={<Trash2 className="size-5" />}
                onClick={() => setTemplates(templates.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ul>
        <Button
          type="button"
          variant="secondary"
          className="mt-3 w-fit"
          icon={<Plus className="size-5" aria-hidden="true" />}
          onClick={() => setTemplates([...templates, { id: '', label: '' }])}
        >
          {t('policy.addTemplate')}
        </Button>
      </SectionCard>
      {save.isError && <Alert tone="danger">{errorText(save.error)}</Alert>}
      <Button type="submit" className="w-fit" isLoading={save.isPending}>
        {t('policy.save')}
      </Button>
    </form>
  );
}
