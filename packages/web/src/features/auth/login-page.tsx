import { identityRoutes } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { Mail } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'wouter';
import { call } from '../../api/client';
import { useCommunity } from '../../api/session';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useSignedIn } from '../../app/session/use-signed-in';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, PasswordField, TextField } from '../../ui';

/** Email + password, or a one-time link by mail (whose answer never reveals whether the account exists). */
export default function LoginPage() {
  const { t } = useTranslation('auth');
  const community = useCommunity();
  const [searchParams] = useSearchParams();
  const onSignedIn = useSignedIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const login = useMutation({
    mutationFn: () => call(identityRoutes.login, { body: { email, password } }),
    onSuccess: ({ member }) => onSignedIn(member, searchParams.get('next')),
  });
  const magicLink = useMutation({
    mutationFn: () => call(identityRoutes.requestMagicLink, { body: { email } }),
  });

  const loginErrors = useFormErrors(login.error, { email: 'email', password: 'password' });
  const magicErrors = useFormErrors(magicLink.error, { email: 'email' });
  const emailError = loginErrors.fields.email ?? magicErrors.fields.email ?? null;

  return (
    <AuthCard
      title={t('login.title')}
      description={community.data ? t('login.description', { community: community.data.name }) : null}
      footer={
        <p>
          {t('login.newHere')}{' '}
          <Link href={paths.register} className={authLinkClass}>
            {t('login.createAccount')}
          </Link>
        </p>
      }
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          magicLink.reset();
          login.mutate();
        }}
      >
        {loginErrors.form && <Alert tone="danger">{loginErrors.form}</Alert>}
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={emailError}
        />
        <PasswordField
          label={t('fields.password')}
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={loginErrors.fields.password}
        />
        <div className="-mt-1 flex justify-end">
          <Link href={paths.forgot} className={authLinkClass}>
            {t('login.forgot')}
          </Link>
        </div>
        <Button type="submit" size="lg" isLoading={login.isPending}>
          {t('login.submit')}
        </Button>
      </form>

      <div className="flex items-center gap-3 text-sm text-text-muted" aria-hidden="true">
        <span className="h-px flex-1 bg-border" />
        {t('login.or')}
        <span className="h-px flex-1 bg-border" />
      </div>

      {magicLink.isSuccess ? (
        <Alert tone="success" title={t('magic.sentTitle')}>
          {t('magic.sentBody', { email })}
        </Alert>
      ) : (
        <div className="flex flex-col gap-2">
          {magicErrors.form && <Alert tone="danger">{magicErrors.form}</Alert>}
          <Button
            variant="secondary"
            size="lg"
            isLoading={magicLink.isPending}
            icon={<Mail className="size-5" aria-hidden="true" />}
            onClick={() => {
              login.reset();
              magicLink.mutate();
            }}
          >
            {t('magic.request')}
          </Button>
          <p className="text-center text-sm text-text-muted">{t('magic.explain')}</p>
        </div>
      )}
    </AuthCard>
  );
}
