import { useTranslation } from 'react-i18next';
import { useScrollRestoration } from '../../app/routing/use-scroll-restoration';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { PageHeader } from '../../ui';
import { DirectoryResults } from './directory-results';
import { DirectorySearchField } from './directory-search-field';
import { useDirectorySearch } from './use-directory-search';
import { useMemberDirectory } from './use-member-directory';

/** /members: everyone in the community, newest first, searchable by name (繁/简 alike). */
export default function MembersPage() {
  const { t } = useTranslation('members');
  const me = useSignedInMember();
  const search = useDirectorySearch();
  const directory = useMemberDirectory(search.query);
  const members = directory.data?.pages.flatMap((page) => page.items) ?? [];
  useDocumentTitle(t('directory.title'));
  useScrollRestoration(`members?q=${search.query}`, directory.isSuccess);

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('directory.title')} description={t('directory.description')} />
      <DirectorySearchField
        text={search.text}
        onTextChange={search.setText}
        onSubmit={search.applyNow}
        onClear={search.clear}
        isSearching={directory.isPlaceholderData && directory.isFetching}
      />
      <DirectoryResults
        members={members}
        meId={me.id}
        query={search.query}
        status={directory.status}
        error={directory.error}
        isStale={directory.isPlaceholderData}
        hasMore={directory.hasNextPage}
        isLoadingMore={directory.isFetchingNextPage}
        onLoadMore={() => void directory.fetchNextPage()}
        onRetry={() => void directory.refetch()}
        onClearSearch={search.clear}
      />
    </div>
  );
}
