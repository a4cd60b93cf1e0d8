import { useTranslation } from 'react-i18next';
import { Button, Checkbox, PasswordField, TextField } from '../../ui';
import { PasswordStrengthHint } from '../auth/password-strength-hint';
import type { SetupDraft, SetupFieldErrors } from './setup-draft';

interface OwnerStepProps {
  draft: SetupDraft;
  onChange: (patch: Partial<SetupDraft>) => void;
  errors: SetupFieldErrors;
  isSubmitting: boolean;
  onBack: () => void;
  onSubmit: () => void;
}

/** Step 2: the owner's account, and whether to start with demo members and topics. */
export function OwnerStep({ draft, onChange, errors, isSubmitting, onBack, onSubmit }: OwnerStepProps) {
  const { t } = useTranslation(['setup', 'auth']);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p className="text-text-muted">{t('owner.intro')}</p>
      <TextField
        label={t('auth:fields.displayName')}
        required
        maxLength={50}
        autoComplete="name"
        value={draft.displayName}
        onChange={(event) => onChange({ displayName: event.target.value })}
        error={errors.displayName}
      />
      <TextField
        label={t('auth:fields.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        value={draft.email}
        onChange={(event) => onChange({ email: event.target.value })}
        error={errors.email}
      />
      <PasswordField
        label={t('auth:fields.password')}
        autoComplete="new-password"
        required
        value={draft.password}
        onChange={(event) => onChange({ password: event.target.value })}
        hint={<PasswordStrengthHint password={draft.password} context={[draft.email.split('@')[0] ?? '', draft.displayName, draft.name]} />}
        error={errors.password}
      />
      <Checkbox
        label={t('owner.demo')}
        hint={t('owner.demoHint')}
        checked={draft.demo}
        onChange={(event) => onChange({ demo: event.target.checked })}
      />
      <div className="flex flex-col-reverse gap-2 sm:flex-row">
        <Button variant="secondary" onClick={onBack} className="sm:w-auto">
          {t('back')}
        </Button>
        <Button type="submit" size="lg" isLoading={isSubmitting} className="sm:flex-1">
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
