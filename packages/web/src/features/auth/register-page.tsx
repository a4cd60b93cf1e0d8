import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useCommunity } from '../../api/session';
import { AuthCard, authLinkClass } from '../../app/auth-layout/auth-card';
import { paths } from '../../app/routes';
import { useErrorText } from '../../app/use-error-text';
import { Alert, SkeletonText } from '../../ui';
import { InviteBanner } from './invite-banner';
import { InviteOnlyNotice } from './invite-only-notice';
import { RegisterForm } from './register-form';
import { useInvitePreview } from './use-invite-preview';

/**
 * /register and /join/:code. Follows the community's join policy: open → the form;
 * application → the form with the questions; invite-only → the form only with a usable code.
 */
export default function RegisterPage() {
  const { t } = useTranslation('auth');
  const { code = null } = useParams<{ code?: string }>();
  const community = useCommunity();
  const preview = useInvitePreview(code);
  const errorText = useErrorText();
  const policy = community.data?.joinPolicy;
  const isCodeUnusable = preview.data?.valid === false;
  const needsInvite = policy === 'invite' && (!code || isCodeUnusable);

  const title = needsInvite
    ? t('register.inviteOnlyTitle')
    : policy === 'application'
      ? t('register.titleApplication')
      : t('register.title');
  const description =
    community.data && !needsInvite
      ? t(policy === 'application' ? 'register.descriptionApplication' : 'register.description', { community: community.data.name })
      : null;

  return (
    <AuthCard
      title={title}
      description={description}
      footer={
        <p>
          {t('register.haveAccount')}{' '}
          <Link href={paths.login} className={authLinkClass}>
            {t('register.signIn')}
          </Link>
        </p>
      }
    >
      {community.isPending && <SkeletonText lines={6} />}
      {community.isError && <Alert tone="danger">{errorText(community.error)}</Alert>}
      {community.data && (
        <>
          {code && <InviteBanner code={code} preview={preview} />}
          {needsInvite ? (
            <InviteOnlyNotice communityName={community.data.name} />
          ) : (
            <RegisterForm inviteCode={code} questions={policy === 'application' ? community.data.questions : []} />
          )}
        </>
      )}
    </AuthCard>
  );
}
