import { memberRoutes } from '@hearth/contracts';
import { useQuery } from '@tanstack/react-query';
import { ChevronLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { apiQuery } from '../../../api/api-query';
import { useCommunity } from '../../../api/session';
import { paths } from '../../../app/routes';
import { useSignedInMember } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Avatar, Badge, Card, Skeleton, SkeletonText } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { MemberStatusBadge } from '../shared/member-status-badge';
import { QueryError } from '../shared/query-error';
import { hasRole } from '../shared/staff-role';
import { ChangeRoleTierForm } from './change-role-tier-form';
import { DecisionPanel } from './decision-panel';
import { MemberAnswers } from './member-answers';
import { MemberFacts } from './member-facts';
import { MemberHistory } from './member-history';
import { PointsAdminButton } from '../../economy/points-admin-dialog';
import { MemberPenaltiesCard } from '../../penalties/member-penalties-card';
import { PenaltyActionButton } from '../../penalties/penalty-action-dialog';
import { MemberTrustCard } from '../../trust/member-trust-card';

/** One member for staff: admin fields, answers, role and tier changes, the decision on an application, and the history. */
export default function MemberDetailPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { id = '' } = useParams<{ id: string }>();
  const me = useSignedInMember();
  const community = useCommunity();
  const tiers = community.data?.tiers ?? [];
  const query = useQuery(apiQuery(memberRoutes.adminMember, { params: { id } }));
  const member = query.data?.member;
  const isAdmin = hasRole(me.role, 'admin');
  useDocumentTitle(member?.displayName ?? t('sections.members.title'));

  if (query.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-16 w-2/3" />
        <SkeletonText lines={6} />
      </div>
    );
  }
  if (!member) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <div className="flex flex-col gap-5">
      <Link
        href={adminPaths.members}
        className="-mb-2 -ml-2 flex min-h-11 w-fit items-center gap-1 rounded-lg px-2 text-sm font-medium text-text-muted hover:bg-surface-muted hover:text-text"
      >
        <ChevronLeft className="size-4" aria-hidden="true" />
        {t('member.backToMembers')}
      </Link>
      <header className="flex flex-wrap items-center gap-4">
        <Avatar name={member.displayName} src={member.avatarUrl} size="xl" isDecorative />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{member.displayName}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <MemberStatusBadge status={member.status} />
            <Badge tone="accent">{t(`common:roles.${member.role}`)}</Badge>
            <Badge>{member.tier.name}</Badge>
            {member.status === 'active' && (
              <Link href={paths.member(member.id)} className="text-sm text-accent-text underline underline-offset-2">
                {t('member.publicProfile')}
              </Link>
            )}
          </div>
        </div>
      </header>
      <div className="grid items-start gap-5 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex min-w-0 flex-col gap-5">
          {member.status === 'pending' && isAdmin && <DecisionPanel member={member} />}
          <MemberFacts member={member} />
          {(member.answers.length > 0 || member.status === 'pending') && (
            <Card as="section" aria-label={t('member.answersTitle')}>
              <MemberAnswers answers={member.answers} />
            </Card>
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-5">
          {isAdmin ? (
            <>
              <ChangeRoleTierForm key={`${member.role}:${member.tier.id}`} member={member} tiers={tiers} />
              <div>
                <PointsAdminButton memberId={member.id} memberName={member.displayName} />
              </div>
            </>
          ) : (
            <p className="rounded-xl bg-surface-muted p-4 text-sm text-text-muted">{t('member.readOnly')}</p>
          )}
          {member.id !== me.id && (
            <div>
              <PenaltyActionButton memberId={member.id} memberName={member.displayName} />
            </div>
          )}
          <MemberTrustCard memberId={member.id} canLock={isAdmin} />
          <MemberPenaltiesCard memberId={member.id} />
          <MemberHistory memberId={member.id} tiers={tiers} />
        </div>
      </div>
    </div>
  );
}
