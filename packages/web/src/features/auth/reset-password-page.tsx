import { identityRoutes } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { call } from '../../api/client';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useSignedIn } from '../../app/session/use-signed-in';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, PasswordField, useToast, Form } from '../../ui';
import { PasswordStrengthHint } from './password-strength-hint';

/** From the reset mail: choose a new password; every other session ends and this one is signed in. */
export default function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const onSignedIn = useSignedIn();
  const toast = useToast();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => call(identityRoutes.resetPassword, { body: { token, password } }),
    onSuccess: ({ member }) => {
      toast.show({ title: t('reset.done'), tone: 'success' });
      onSignedIn(member);
    },
  });
  const errors = useFormErrors(reset.error, { password: 'password', token: 'token' });
  const tokenProblem = !token ? t('links.missingToken') : (errors.fields.token ?? null);
  const requestAgain = (
    <Link href={paths.forgot} className={authLinkClass}>
      {t('reset.requestAgain')}
    </Link>
  );

  return (
    <AuthCard title={t('reset.title')} description={t('reset.description')} footer={requestAgain}>
      {tokenProblem ? (
        <Alert tone="danger" title={t('links.invalidTitle')}>
          {tokenProblem}
        </Alert>
      ) : (
        <Form onSubmit={() => reset.mutate()} error={errors.form}>
          <PasswordField
            label={t('fields.newPassword')}
            name="new-password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            hint={<PasswordStrengthHint password={password} />}
            error={errors.fields.password}
          />
          <Button type="submit" size="lg" isLoading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
