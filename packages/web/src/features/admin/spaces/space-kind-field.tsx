import { SpaceKind } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { RadioCards } from '../../../ui';
import { SpaceIcon } from '../../spaces/space-icon';

export interface SpaceKindFieldProps {
  value: SpaceKind;
  onChange: (kind: SpaceKind) => void;
  /** Once the space exists its kind is fixed: shown, not offered. */
  isFixed: boolean;
  error?: string | null;
}

/** What the space holds: four cards with a line each on new spaces, the kind as text on existing ones. */
export function SpaceKindField({ value, onChange, isFixed, error }: SpaceKindFieldProps) {
  const { t } = useTranslation('admin');
  if (isFixed) {
    return (
      <div className="flex flex-col gap-1.5">
        <p className="text-sm font-medium">{t('spaces.form.kind')}</p>
        <p className="flex items-center gap-2">
          <SpaceIcon icon="" kind={value} />
          <span className="font-medium">{t(`spaces.kinds.${value}.label`)}</span>
        </p>
        <p className="text-sm text-text-muted">{t('spaces.form.kindFixed')}</p>
      </div>
    );
  }
  return (
    <RadioCards
      legend={t('spaces.form.kind')}
      name="space-kind"
      value={value}
      onChange={onChange}
      error={error}
      // Four kinds read better as two by two than as the primitive's rows of three.
      className="sm:[&>div]:grid-cols-2"
      options={SpaceKind.options.map((kind) => ({
        value: kind,
        label: t(`spaces.kinds.${kind}.label`),
        description: t(`spaces.kinds.${kind}.description`),
      }))}
    />
  );
}
