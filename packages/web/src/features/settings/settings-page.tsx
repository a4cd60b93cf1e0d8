import { BadgeCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { Badge, PageHeader, SectionCard } from '../../ui';
import { DevicesSection } from './devices-section';
import { EmailChangeForm } from './email-change-form';
import { PasswordChangeForm } from './password-change-form';
import { PrivacySection } from '../people/privacy-section';
import { LeaderboardVisibilitySection } from '../economy/leaderboards/leaderboard-visibility-section';
import { PreferencesSection } from './preferences-section';
import { NotificationSettingsSection } from '../notifications/notification-settings-section';
import { MyTrustSection } from '../trust/my-trust-section';

/** /settings: email, password, trust level, notifications, privacy, signed-in devices, language and theme. */
export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const me = useSignedInMember();
  useDocumentTitle(t('title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={t('title')}
        description={
          <>
            {t('description')}{' '}
            <Link href={paths.editProfile} className="font-medium text-accent-text underline-offset-4 hover:underline">
              {t('editProfile')}
            </Link>
          </>
        }
      />
      <SectionCard title={t('email.title')}>
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-text-muted">{t('email.current')}</span>
          <span className="font-medium break-all">{me.email}</span>
          {me.emailVerified && (
            <Badge tone="success">
              <BadgeCheck className="size-3.5" aria-hidden="true" />
              {t('email.verified')}
            </Badge>
          )}
        </p>
        <EmailChangeForm />
      </SectionCard>
      <SectionCard title={t('password.title')} description={t('password.description')}>
        <PasswordChangeForm />
      </SectionCard>
      <MyTrustSection />
      <NotificationSettingsSection />
      <PrivacySection />
      <LeaderboardVisibilitySection />
      <DevicesSection />
      <PreferencesSection />
    </div>
  );
}
