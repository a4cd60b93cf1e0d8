import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { contrastWithWhite } from '../../../app/theme/accent';
import { cn, controlClass } from '../../../ui';

const HEX = /^#[0-9a-fA-F]{6}$/;

export interface AccentColourFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** The server's message (for example low_contrast). */
  error?: string | null;
}

/**
 * The community's accent: a colour picker and its hex code kept in step, the contrast on
 * white as you choose, and a live preview of a button. The server decides (it refuses
 * anything under 4.5:1); the ratio here is only a guide.
 */
export function AccentColourField({ value, onChange, error }: AccentColourFieldProps) {
  const { t, i18n } = useTranslation('admin');
  const id = useId();
  const isValid = HEX.test(value);
  const ratio = isValid ? contrastWithWhite(value) : null;
  const ratioText =
    ratio === null ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(ratio);
  const describedBy = error ? `${id}-error` : `${id}-hint`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{t('community.accent')}</legend>
      <div className="flex flex-wrap items-center gap-3">
        <input
          type="color"
          aria-label={t('community.accentPicker')}
          value={isValid ? value.toLowerCase() : '#000000'}
          onChange={(event) => onChange(event.target.value)}
          className="h-11 w-16 cursor-pointer rounded-lg border border-border-strong bg-surface p-1"
        />
        <div className="w-32">
          <input
            id={`${id}-hex`}
            aria-label={t('community.accentHex')}
            aria-invalid={error || !isValid ? true : undefined}
            value={value}
            maxLength={7}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value.trim())}
            className={cn(controlClass, 'min-h-11 py-2 font-mono')}
          />
        </div>
        <span className="flex items-center gap-3">
          <span className="text-sm text-text-muted" aria-hidden="true">
            {t('community.preview')}
          </span>
          <span
            className="inline-flex min-h-11 items-center rounded-lg px-4 font-medium shadow-card"
            style={isValid ? { backgroundColor: value, color: ratio !== null && ratio >= 4.5 ? '#ffffff' : '#1c1917' } : undefined}
            aria-hidden="true"
          >
            {t('community.previewButton')}
          </span>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      )}
      {!error && (
        <p id={`${id}-hint`} className="text-sm text-text-muted">
          {ratio === null
            ? t('community.accentInvalid')
            : ratio >= 4.5
              ? t('community.contrastGood', { ratio: ratioText })
              : t('community.contrastLow', { ratio: ratioText })}
        </p>
      )}
    </fieldset>
  );
}
