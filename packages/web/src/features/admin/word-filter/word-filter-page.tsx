import type { BuiltInLure } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, SectionCard, SkeletonText } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { hasRole } from '../shared/staff-role';
import { useSignedInMember } from '../../../app/session/session-context';
import { AllowedCard } from './allowed-card';
import { ACTION_TONE } from './filter-options';
import { ImportExportCard } from './import-export-card';
import { SpamSettingsCard } from './spam-settings-card';
import { TrustSettingsCard } from '../../trust/trust-settings-card';
import { TestTextCard } from './test-text-card';
import { useAllowedPhrases, useFilterWords } from './word-filter-queries';
import { WordsCard } from './words-card';

/** Admin → Word filter: the test box, the word lists per action and category, import/export, the allow-list and the built-in lures. */
export default function WordFilterPage() {
  const { t } = useTranslation(['admin', 'moderation']);
  const words = useFilterWords();
  const allowed = useAllowedPhrases();
  const isAdmin = hasRole(useSignedInMember().role, 'admin');
  return (
    <AdminPage title={t('sections.wordFilter.title')} description={t('moderation:description')}>
      <TestTextCard />
      {words.isPending && <SkeletonText lines={6} />}
      {words.isError && <QueryError error={words.error} onRetry={() => void words.refetch()} />}
      {words.data && <WordsCard words={words.data.words} />}
      <ImportExportCard />
      {allowed.isError && <QueryError error={allowed.error} onRetry={() => void allowed.refetch()} />}
      {allowed.data && <AllowedCard phrases={allowed.data.items} />}
      {words.data && <LuresCard lures={words.data.builtIns} />}
      <SpamSettingsCard />
      <TrustSettingsCard canEdit={isAdmin} />
    </AdminPage>
  );
}

function LuresCard({ lures }: { lures: BuiltInLure[] }) {
  const { t } = useTranslation('moderation');
  return (
    <SectionCard title={t('lures.title')} description={t('lures.description')}>
      <details className="group">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('lures.summary', { count: lures.length })}</summary>
        <ul aria-label={t('lures.title')} className="flex flex-wrap gap-2 pt-2">
          {lures.map((lure) => (
            <li key={lure.word}>
              <Badge tone={ACTION_TONE[lure.action]}>
                {lure.word} · {t(`actions.${lure.action}`)}
              </Badge>
            </li>
          ))}
        </ul>
      </details>
    </SectionCard>
  );
}
