import { earningRoutes, EarningRuleId, type EarningSettings, type LevelDefinition } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useMe } from '../../../api/session';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, Card, Checkbox, IconButton, SkeletonText, TextField, useToast } from '../../../ui';
import { PerkSettingsCard } from '../../perks/perk-settings-card';
import { MarketSettingsCard } from '../../market/market-settings-card';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';

const settingsQuery = apiQuery(earningRoutes.getEarningSettings);
/** Rules whose `threshold` means something, and what it means. */
const THRESHOLD_RULES: Partial<Record<EarningRuleId, 'reactionsNeeded' | 'everyDays'>> = {
  reply_reactions: 'reactionsNeeded',
  checkin_streak: 'everyDays',
};
const int = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function SettingsForm({ initial, isOwner }: { initial: EarningSettings; isOwner: boolean }) {
  const { t } = useTranslation('economy');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [expiryOn, setExpiryOn] = useState(initial.expiryMonths !== null);
  const save = useMutation({
    mutationFn: (body: EarningSettings) => call(earningRoutes.updateEarningSettings, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsQuery.queryKey, saved);
      setValues(saved);
      toast.show({ tone: 'success', title: t('earningAdmin.saved') });
    },
  });
  const errors = useFormErrors<string>(save.error, {});
  const setRule = (id: EarningRuleId, patch: Partial<EarningSettings['rules'][EarningRuleId]>) =>
    setValues((v) => ({ ...v, rules: { ...v.rules, [id]: { ...v.rules[id], ...patch } } }));
  const setLevel = (i: number, patch: Partial<LevelDefinition>) =>
    setValues((v) => ({ ...v, levels: v.levels.map((l, j) => (i === j ? { ...l, ...patch } : l)) }));
  const disabled = !isOwner;
  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ ...values, expiryMonths: expiryOn ? (values.expiryMonths ?? 12) : null });
      }}
    >
      {!isOwner && <Alert tone="info">{t('earningAdmin.ownerOnly')}</Alert>}
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <Card as="section" aria-labelledby="rules-title" className="flex flex-col gap-4">
        <h2 id="rules-title" className="text-lg font-semibold">
          {t('earningAdmin.rulesTitle')}
        </h2>
        <ul className="flex flex-col divide-y divide-border">
          {EarningRuleId.options.map((id) => {
            const rule = values.rules[id];
            const threshold = THRESHOLD_RULES[id];
            return (
              <li key={id} className="flex flex-col gap-3 py-3 sm:flex-row sm:items-end" data-testid={`rule-${id}`}>
                <Checkbox
                  className="sm:w-56"
                  label={t(`earning.rules.${id}`)}
                  checked={rule.isEnabled}
                  disabled={disabled}
                  onChange={(event) => setRule(id, { isEnabled: event.target.checked })}
                />
                <TextField
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  label={t('earningAdmin.amount')}
                  value={Number.isNaN(rule.amount) ? '' : String(rule.amount)}
                  disabled={disabled}
                  onChange={(event) => setRule(id, { amount: int(event.target.value) })}
                />
                <TextField
                  type="number"
                  min={1}
                  step={1}
                  inputMode="numeric"
                  label={t('earningAdmin.dailyCap')}
                  value={Number.isNaN(rule.dailyCap) ? '' : String(rule.dailyCap)}
                  disabled={disabled}
                  onChange={(event) => setRule(id, { dailyCap: int(event.target.value) })}
                />
                {threshold && (
                  <TextField
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    label={t(`earningAdmin.${threshold}`)}
                    value={Number.isNaN(rule.threshold) ? '' : String(rule.threshold)}
                    disabled={disabled}
                    onChange={(event) => setRule(id, { threshold: int(event.target.value) })}
                  />
                )}
              </li>
            );
          })}
        </ul>
        <p className="text-sm text-text-muted">{t('earningAdmin.remaining')}</p>
      </Card>
      <Card as="section" aria-labelledby="review-title" className="flex flex-col gap-4">
        <h2 id="review-title" className="text-lg font-semibold">
          {t('earningAdmin.generalTitle')}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            type="number"
            min={0}
            step={1}
            label={t('earningAdmin.reviewWindow')}
            hint={t('earningAdmin.reviewWindowHint')}
            value={Number.isNaN(values.reviewWindowSeconds) ? '' : String(values.reviewWindowSeconds)}
            disabled={disabled}
            onChange={(event) => setValues((v) => ({ ...v, reviewWindowSeconds: int(event.target.value) }))}
          />
          <TextField
            label={t('earningAdmin.timeZone')}
            hint={t('earningAdmin.timeZoneHint')}
            value={values.timeZone}
            disabled={disabled}
            onChange={(event) => setValues((v) => ({ ...v, timeZone: event.target.value.trim() }))}
          />
          <TextField
            type="number"
            min={0}
            max={31}
            label={t('earningAdmin.makeUpsPerMonth')}
            value={Number.isNaN(values.makeUpsPerMonth) ? '' : String(values.makeUpsPerMonth)}
            disabled={disabled}
            onChange={(event) => setValues((v) => ({ ...v, makeUpsPerMonth: int(event.target.value) }))}
          />
          <TextField
            type="number"
            min={0}
            label={t('earningAdmin.makeUpCost')}
            value={Number.isNaN(values.makeUpCost) ? '' : String(values.makeUpCost)}
            disabled={disabled}
            onChange={(event) => setValues((v) => ({ ...v, makeUpCost: int(event.target.value) }))}
          />
        </div>
        <Checkbox
          label={t('earningAdmin.expiry')}
          checked={expiryOn}
          disabled={disabled}
          onChange={(event) => setExpiryOn(event.target.checked)}
        />
        {expiryOn && (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              type="number"
              min={1}
              max={120}
              label={t('earningAdmin.expiryMonths')}
              value={String(values.expiryMonths ?? 12)}
              disabled={disabled}
              onChange={(event) => setValues((v) => ({ ...v, expiryMonths: int(event.target.value) }))}
            />
            <TextField
              type="number"
              min={1}
              max={90}
              label={t('earningAdmin.expiryNoticeDays')}
              value={Number.isNaN(values.expiryNoticeDays) ? '' : String(values.expiryNoticeDays)}
              disabled={disabled}
              onChange={(event) => setValues((v) => ({ ...v, expiryNoticeDays: int(event.target.value) }))}
            />
          </div>
        )}
      </Card>
      <Card as="section" aria-labelledby="levels-title" className="flex flex-col gap-4">
        <h2 id="levels-title" className="text-lg font-semibold">
          {t('earningAdmin.levelsTitle')}
        </h2>
        <p className="text-sm text-text-muted">{t('earningAdmin.levelsHint')}</p>
        <ol className="flex flex-col gap-3">
          {values.levels.map((level, i) => (
            <li key={i} className="flex items-end gap-3">
              <TextField
                className="flex-1"
                label={t('earningAdmin.levelName', { n: i + 1 })}
                maxLength={40}
                value={level.name}
                disabled={disabled}
                onChange={(event) => setLevel(i, { name: event.target.value })}
              />
              <TextField
                className="w-32"
                type="number"
                min={0}
                label={t('earningAdmin.levelThreshold')}
                value={Number.isNaN(level.threshold) ? '' : String(level.threshold)}
                disabled={disabled || i === 0}
                onChange={(event) => setLevel(i, { threshold: int(event.target.value) })}
              />
              <IconButton
                label={t('earningAdmin.removeLevel', { name: level.name })}
                icon={<Trash2 className="size-4" />}
                disabled={disabled || values.levels.length === 1 || i === 0}
                onClick={() => setValues((v) => ({ ...v, levels: v.levels.filter((_, j) => j !== i) }))}
              />
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          disabled={disabled || values.levels.length >= 30}
          icon={<Plus className="size-4" aria-hidden="true" />}
          onClick={() =>
            setValues((v) => ({
              ...v,
              levels: [...v.levels, { name: '', threshold: (v.levels[v.levels.length - 1]?.threshold ?? 0) * 10 || 100 }],
            }))
          }
        >
          {t('earningAdmin.addLevel')}
        </Button>
      </Card>
      {isOwner && (
        <Button type="submit" className="self-start" isLoading={save.isPending}>
          {t('earningAdmin.save')}
        </Button>
      )}
    </form>
  );
}

/** /admin/earning — the points earning rules, review window, check-in make-ups, expiry and levels; the perks marketplace's rules. */
export default function EarningSettingsPage() {
  const { t } = useTranslation(['admin', 'economy']);
  const settings = useQuery(settingsQuery);
  const me = useMe();
  return (
    <AdminPage title={t('admin:sections.earning.title')} description={t('admin:sections.earning.description')}>
      {settings.isPending && <SkeletonText lines={10} />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm initial={settings.data} isOwner={me.data?.role === 'owner'} />}
      {/* The marketplace's rules (who sells, hold and dispute days) sit with the other economy settings. */}
      <PerkSettingsCard isOwner={me.data?.role === 'owner'} />
      <MarketSettingsCard isOwner={me.data?.role === 'owner'} />
    </AdminPage>
  );
}
