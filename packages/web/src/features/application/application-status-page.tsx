import { identityRoutes } from '@hearth/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { LogOut, RotateCw } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { apiQuery } from '../../api/api-query';
import { meQuery, useCommunity } from '../../api/session';
import { AuthCard } from '../../app/auth-layout/auth-card';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useSignOut } from '../../app/session/use-sign-out';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, SkeletonText } from '../../ui';
import { ApplicationAnswers } from './application-answers';
import { ApplicationStatusBadge } from './application-status-badge';

/** Where applicants wait: the status of their application, what they answered, and a way out. */
export default function ApplicationStatusPage() {
  const { t } = useTranslation(['auth', 'common']);
  const me = useSignedInMember();
  const community = useCommunity();
  const queryClient = useQueryClient();
  const format = useFormat();
  const errorText = useErrorText();
  const signOut = useSignOut();
  const application = useQuery({ ...apiQuery(identityRoutes.application), refetchInterval: 60_000 });
  const status = application.data?.status ?? (me.status === 'declined' ? 'declined' : me.status === 'pending' ? 'pending' : 'active');

  // Approved while waiting here: refresh who we are, so the member pages open.
  useEffect(() => {
    if (application.data?.status === 'active' && me.status !== 'active') void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
  }, [application.data?.status, me.status, queryClient]);

  return (
    <AuthCard
      title={t('application.title')}
      description={community.data ? t('application.description', { community: community.data.name, name: me.displayName }) : null}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-text-muted">{t('application.statusLabel')}</span>
        <ApplicationStatusBadge status={status} />
      </div>
      <p>{t(`application.explain.${status}`)}</p>
      {application.data?.decidedAt && (
        <p className="text-sm text-text-muted">{t('application.decidedAt', { date: format.dateTime(application.data.decidedAt) })}</p>
      )}
      {application.data?.reason && (
        <Alert tone={status === 'declined' ? 'danger' : 'info'} title={t('application.reason')}>
          {application.data.reason}
        </Alert>
      )}
      {application.isPending && <SkeletonText lines={4} />}
      {application.isError && <Alert tone="danger">{errorText(application.error)}</Alert>}
      {application.data && application.data.answers.length > 0 && <ApplicationAnswers answers={application.data.answers} />}
      <div className="flex flex-wrap gap-2">
        {status === 'active' ? (
          <Link href={paths.home} className={buttonClass()}>
            {t('application.enter')}
          </Link>
        ) : (
          <Button
            variant="secondary"
            onClick={() => void application.refetch()}
            isLoading={application.isFetching}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('application.checkAgain')}
          </Button>
        )}
        <Button
          variant="ghost"
          onClick={() => signOut.mutate()}
          isLoading={signOut.isPending}
          icon={<LogOut className="size-4" aria-hidden="true" />}
        >
          {t('common:actions.signOut')}
        </Button>
      </div>
    </AuthCard>
  );
}
