import { identityRoutes } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, TextField, Form } from '../../ui';

/** Asks for a reset link; the answer is the same whether or not the account exists. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => call(identityRoutes.requestPasswordReset, { body: { email } }) });
  const errors = useFormErrors(request.error, { email: 'email' });

  return (
    <AuthCard
      title={t('forgot.title')}
      description={t('forgot.description')}
      footer={
        <Link href={paths.login} className={authLinkClass}>
          {t('forgot.backToSignIn')}
        </Link>
      }
    >
      {request.isSuccess ? (
        <Alert tone="success" title={t('forgot.sentTitle')}>
          {t('forgot.sentBody', { email })}
        </Alert>
      ) : (
        <Form onSubmit={() => request.mutate()} error={errors.form}>
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.fields.email}
          />
          <Button type="submit" size="lg" isLoading={request.isPending}>
            {t('forgot.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
}
