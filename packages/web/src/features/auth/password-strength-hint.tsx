import { useTranslation } from 'react-i18next';
import { cn } from '../../ui';
import { estimatePasswordStrength, MIN_PASSWORD_LENGTH } from './password-strength';

const meter = { empty: 0, tooShort: 1, weak: 1, fair: 2, strong: 3 } as const;
const tone = { empty: 'bg-border', tooShort: 'bg-danger', weak: 'bg-danger', fair: 'bg-warning', strong: 'bg-success' } as const;

/** The rule and a live three-step meter under a new-password field (the meter is for sighted users; the words say it too). */
export function PasswordStrengthHint({ password, context }: { password: string; context?: readonly string[] }) {
  const { t } = useTranslation('auth');
  const strength = estimatePasswordStrength(password, context);
  const filled = meter[strength];
  return (
    <span className="flex flex-col gap-1.5">
      <span className="flex gap-1" aria-hidden="true">
        {[1, 2, 3].map((step) => (
          <span key={step} className={cn('h-1.5 flex-1 rounded-full transition-colors', step <= filled ? tone[strength] : 'bg-border')} />
        ))}
      </span>
      <span>
        {strength === 'empty' ? t('password.rule', { min: MIN_PASSWORD_LENGTH }) : t(`password.${strength}`, { min: MIN_PASSWORD_LENGTH })}
      </span>
    </span>
  );
}
