import type { Tier } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { RadioCards, Select } from '../../../ui';
import { postTierChoices, type Posting, type SpaceValues, type Visibility } from './space-values';

const VISIBILITIES: readonly Visibility[] = ['everyone', 'tier', 'private'];

export interface SpaceAccessFieldsProps {
  values: SpaceValues;
  tiers: readonly Tier[];
  onChange: (patch: Partial<SpaceValues>) => void;
  errors: { visibility?: string; viewRank?: string; postRank?: string };
}

const tierOptions = (tiers: readonly Tier[]) => tiers.map((tier) => ({ value: String(tier.rank), label: tier.name }));

/** Who can see the space (everyone, a tier and above, or those added) and who below it can only read. */
export function SpaceAccessFields({ values, tiers, onChange, errors }: SpaceAccessFieldsProps) {
  const { t } = useTranslation('admin');
  const postTiers = postTierChoices(values, tiers);
  const postings: readonly Posting[] = postTiers.length > 0 ? ['everyone', 'tier'] : ['everyone'];
  return (
    <>
      <RadioCards
        legend={t('spaces.form.visibility')}
        name="space-visibility"
        value={values.visibility}
        onChange={(visibility) => onChange({ visibility })}
        error={errors.visibility}
        options={VISIBILITIES.filter((option) => option !== 'tier' || tiers.length > 0).map((option) => ({
          value: option,
          label: t(`spaces.visibility.${option}.label`),
          description: t(`spaces.visibility.${option}.description`),
        }))}
      />
      {values.visibility === 'tier' && (
        <Select
          label={t('spaces.form.viewTier')}
          options={tierOptions(tiers)}
          value={String(values.viewRank)}
          onChange={(event) => onChange({ viewRank: Number(event.target.value) })}
          error={errors.viewRank}
          className="sm:max-w-xs"
        />
      )}
      <RadioCards
        legend={t('spaces.form.posting')}
        name="space-posting"
        value={values.posting}
        onChange={(posting) => onChange({ posting })}
        className="sm:[&>div]:grid-cols-2"
        options={postings.map((option) => ({
          value: option,
          label: t(`spaces.posting.${option}.label`),
          description: t(`spaces.posting.${option}.description`),
        }))}
      />
      {values.kind === 'announcement' && <p className="-mt-2 text-sm text-text-muted">{t('spaces.form.postingAnnouncement')}</p>}
      {postTiers.length === 0 && <p className="-mt-2 text-sm text-text-muted">{t('spaces.form.noHigherTier')}</p>}
      {values.posting === 'tier' && (
        <Select
          label={t('spaces.form.postTier')}
          hint={t('spaces.form.postTierHint')}
          options={tierOptions(postTiers)}
          value={String(values.postRank)}
          onChange={(event) => onChange({ postRank: Number(event.target.value) })}
          error={errors.postRank}
          className="sm:max-w-xs"
        />
      )}
    </>
  );
}
