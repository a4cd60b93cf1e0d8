import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDocumentTitle } from '../../../app/use-document-title';
import { PageHeader, SectionCard } from '../../../ui';
import { ChipIssueForm } from './chip-issue-form';
import { ChipRequestsCard } from './chip-requests-card';
import { ChipSettingsCard } from './chip-settings-card';
import { chipPath } from './chips-queries';

/** /admin/chips — who may issue chips, members' requests waiting, and issuing a brand chip. */
export default function AdminChipsPage() {
  const { t } = useTranslation('chips');
  const [, navigate] = useLocation();
  useDocumentTitle(t('admin.title'));
  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <ChipRequestsCard />
      <ChipSettingsCard />
      <SectionCard title={t('admin.brandTitle')} description={t('admin.brandDescription')}>
        <ChipIssueForm brand onDone={(result) => result.asset && navigate(chipPath(result.asset.code))} />
      </SectionCard>
    </div>
  );
}
