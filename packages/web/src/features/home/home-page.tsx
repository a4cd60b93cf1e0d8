import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../api/session';
import { RightPanel } from '../../app/shell/right-panel';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { useSignedInMember } from '../../app/session/session-context';
import { Alert, Card, PageHeader, Skeleton, SkeletonText } from '../../ui';
import { HomeFeed } from './home-feed';
import { NewestMembers } from './newest-members';
import { NextStepsCard } from './next-steps-card';

/** Home: the community introducing itself, the member's next steps, the feed, and who just arrived. */
export default function HomePage() {
  const { t } = useTranslation('home');
  const me = useSignedInMember();
  const community = useCommunity();
  const errorText = useErrorText();
  useDocumentTitle(null);

  if (community.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-9 w-2/3" />
        <SkeletonText lines={3} />
      </div>
    );
  }
  if (community.isError) return <Alert tone="danger">{errorText(community.error)}</Alert>;
  const { name, description, welcome, memberCount } = community.data;

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={name} description={description || t('memberCount', { count: memberCount })} />
      <Card as="section" aria-labelledby="welcome-title" tone="accent" className="flex flex-col gap-2">
        <h2 id="welcome-title" className="text-lg font-semibold">
          {t('greeting', { name: me.displayName })}
        </h2>
        <p className="whitespace-pre-line">{welcome}</p>
        {description && <p className="num text-sm text-text-muted">{t('memberCount', { count: memberCount })}</p>}
      </Card>
      <NextStepsCard />
      <HomeFeed />
      <RightPanel label={t('newest.title')}>
        <NewestMembers />
      </RightPanel>
    </div>
  );
}
