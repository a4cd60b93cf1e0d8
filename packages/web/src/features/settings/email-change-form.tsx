import { identityRoutes } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, PasswordField, TextField, Form } from '../../ui';
import { wrongPasswordText } from './wrong-password';

/** A new address and the current password; the change happens when the new inbox confirms it. */
export function EmailChangeForm() {
  const { t } = useTranslation('settings');
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const request = useMutation({
    mutationFn: () => call(identityRoutes.requestEmailChange, { body: { newEmail, password } }),
    onSuccess: () => setPassword(''),
  });
  const wrongPassword = wrongPasswordText(request.error);
  const errors = useFormErrors(wrongPassword ? null : request.error, { newEmail: 'newEmail', password: 'password' });

  if (request.isSuccess) {
    return (
      <Alert tone="success" title={t('email.sentTitle')}>
        <p>{t('email.sentBody', { email: newEmail.trim() })}</p>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => request.reset()}>
          {t('email.again')}
        </Button>
      </Alert>
    );
  }
  return (
    <Form onSubmit={() => request.mutate()} error={errors.form}>
      <TextField
        label={t('email.new')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        value={newEmail}
        onChange={(event) => setNewEmail(event.target.value)}
        error={errors.fields.newEmail}
      />
      <PasswordField
        label={t('email.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password ?? wrongPassword}
      />
      <Button
        type="submit"
        variant="secondary"
        className="self-start"
        isLoading={request.isPending}
        icon={<MailCheck className="size-4" aria-hidden="true" />}
      >
        {t('email.submit')}
      </Button>
    </Form>
  );
}
