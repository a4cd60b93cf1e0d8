import { identityRoutes } from '@hearth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { meQuery } from '../../api/session';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useSession } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, buttonClass, Spinner } from '../../ui';
import { useTokenAction } from './use-token-action';

/** Landing of the "confirm your new email" link. */
export default function ConfirmEmailPage() {
  const { t } = useTranslation('auth');
  const queryClient = useQueryClient();
  const { me } = useSession();
  const errorText = useErrorText();
  const { token, mutation } = useTokenAction(
    (value) => call(identityRoutes.confirmEmailChange, { body: { token: value } }),
    ({ member }) => {
      if (me?.id === member.id) queryClient.setQueryData(meQuery.queryKey, member);
    },
  );
  const problem = !token ? t('links.missingToken') : mutation.isError ? errorText(mutation.error) : null;

  return (
    <AuthCard title={t('confirmEmail.title')}>
      {problem && (
        <Alert tone="danger" title={t('links.invalidTitle')}>
          {problem}
        </Alert>
      )}
      {!problem && !mutation.isSuccess && (
        <div className="flex items-center gap-3 text-text-muted">
          <Spinner />
          <p role="status">{t('confirmEmail.confirming')}</p>
        </div>
      )}
      {mutation.isSuccess && (
        <>
          <Alert tone="success" title={t('confirmEmail.doneTitle')}>
            {t('confirmEmail.doneBody', { email: mutation.data.member.email })}
          </Alert>
          <Link href={me ? paths.home : paths.login} className={buttonClass({ size: 'lg' })}>
            {me ? t('confirmEmail.continue') : t('confirmEmail.signIn')}
          </Link>
        </>
      )}
      {problem && me && (
        <Link href={paths.home} className={authLinkClass}>
          {t('confirmEmail.continue')}
        </Link>
      )}
    </AuthCard>
  );
}
