import { BADGE_ICONS, badgeRoutes, type Badge, type BadgeIcon, type BadgeTier } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, cn, Dialog, Form, Select, TextArea, TextField, useToast } from '../../../ui';
import { BadgeMedal } from './badge-medal';
import { refreshBadges } from './badges-queries';

const TIERS: readonly BadgeTier[] = ['bronze', 'silver', 'gold', 'accent'];
type Field = 'name' | 'description' | 'icon' | 'tier';
const PATHS: Record<string, Field> = { name: 'name', description: 'description', icon: 'icon', tier: 'tier' };

/**
 * Creates a manual badge, or edits one (a rule badge's empty name gives it back its built-in
 * name). Validation is the server's: its field errors show under the fields.
 */
export function BadgeFormDialog({ badge, open, onClose }: { badge: Badge | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('badges');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [name, setName] = useState(badge?.isRenamed || badge?.rule === null ? (badge?.name ?? '') : '');
  const [description, setDescription] = useState(badge?.rule === null ? badge.description : '');
  const [icon, setIcon] = useState<BadgeIcon>(badge?.icon ?? '🎖️');
  const [tier, setTier] = useState<BadgeTier>(badge?.tier ?? 'accent');
  const isRule = Boolean(badge?.rule);
  const save = useMutation({
    mutationFn: () => {
      if (!badge) return call(badgeRoutes.createBadge, { body: { name, description, icon, tier } });
      const words = isRule
        ? { name: name.trim() === '' ? null : name, ...(description.trim() === '' ? {} : { description }) }
        : { name, description };
      return call(badgeRoutes.updateBadge, { params: { id: badge.id }, body: { ...words, icon, tier } });
    },
    onSuccess: async () => {
      await refreshBadges(queryClient);
      toast.show({ title: t('admin.form.saved'), tone: 'success' });
      onClose();
    },
  });
  const errors = useFormErrors<Field>(save.error, PATHS);
  return (
    <Dialog open={open} onClose={onClose} title={badge ? t('admin.form.editTitle') : t('admin.form.createTitle')}>
      <Form onSubmit={() => save.mutate()} error={errors.form}>
        <TextField
          label={t('admin.form.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
          placeholder={isRule ? badge?.name : undefined}
          hint={isRule ? t('admin.form.nameHint') : undefined}
          required={!isRule}
          maxLength={40}
        />
        <TextArea
          label={t('admin.form.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.fields.description}
          placeholder={isRule ? badge?.description : undefined}
          rows={2}
          maxLength={200}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">{t('admin.form.icon')}</legend>
          <div className="flex flex-wrap gap-1.5">
            {BADGE_ICONS.map((choice) => (
              <button
                key={choice}
                type="button"
                aria-pressed={icon === choice}
                aria-label={choice}
                onClick={() => setIcon(choice)}
                className={cn(
                  'flex size-11 items-center justify-center rounded-xl border text-xl',
                  icon === choice ? 'border-accent-text bg-accent-soft ring-2 ring-accent-text' : 'border-border hover:bg-surface-muted',
                )}
              >
                {choice}
              </button>
            ))}
          </div>
          {errors.fields.icon && <p className="text-sm text-danger">{errors.fields.icon}</p>}
        </fieldset>
        <div className="flex items-end gap-3">
          <Select
            label={t('admin.form.tier')}
            value={tier}
            onChange={(e) => setTier(e.target.value as BadgeTier)}
            options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))}
            error={errors.fields.tier}
            className="flex-1"
          />
          <BadgeMedal icon={icon} tier={tier} />
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('admin.form.cancel')}
          </Button>
          <Button type="submit" isLoading={save.isPending}>
            {t('admin.form.save')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
