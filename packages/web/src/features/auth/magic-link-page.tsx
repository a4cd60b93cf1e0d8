import { identityRoutes } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { call } from '../../api/client';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useSignedIn } from '../../app/session/use-signed-in';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Spinner } from '../../ui';
import { useTokenAction } from './use-token-action';

/** Landing of the sign-in link: verifies the token, signs in, goes home. */
export default function MagicLinkPage() {
  const { t } = useTranslation('auth');
  const onSignedIn = useSignedIn();
  const errorText = useErrorText();
  const { token, mutation } = useTokenAction(
    (value) => call(identityRoutes.verifyMagicLink, { body: { token: value } }),
    ({ member }) => onSignedIn(member),
  );
  const problem = !token ? t('links.missingToken') : mutation.isError ? errorText(mutation.error) : null;

  return (
    <AuthCard
      title={problem ? t('magic.landingFailedTitle') : t('magic.landingTitle')}
      footer={
        problem ? (
          <Link href={paths.login} className={authLinkClass}>
            {t('magic.requestAgain')}
          </Link>
        ) : null
      }
    >
      {problem ? (
        <Alert tone="danger" title={t('links.invalidTitle')}>
          {problem}
        </Alert>
      ) : (
        <div className="flex items-center gap-3 text-text-muted">
          <Spinner />
          <p role="status">{t('magic.signingIn')}</p>
        </div>
      )}
    </AuthCard>
  );
}
