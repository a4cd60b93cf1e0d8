import { memberRoutes, type Topic } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Plus, Tags } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { apiQuery, routeKey } from '../../../api/api-query';
import { call } from '../../../api/client';
import { useErrorText } from '../../../app/use-error-text';
import { Alert, Button, EmptyState, SkeletonText, useToast } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { topicProblems } from './topic-rows';
import { TopicsEditor } from './topics-editor';

const MAX_TOPICS = 100;

/** The server's field errors (`topics.3.slug`) by row and field. */
function serverTopicErrors(error: unknown): Map<number, { slug?: string; name?: string }> {
  const errors = new Map<number, { slug?: string; name?: string }>();
  if (!isApiError(error)) return errors;
  for (const fieldError of error.errors) {
    const match = /^topics\.(\d+)\.(slug|name)$/.exec(fieldError.path);
    if (match) errors.set(Number(match[1]), { ...errors.get(Number(match[1])), [match[2]!]: fieldError.message });
  }
  return errors;
}

function TopicsForm({ saved }: { saved: Topic[] }) {
  const { t, i18n } = useTranslation('admin');
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [topics, setTopics] = useState(saved);
  const [hasTriedSaving, setTriedSaving] = useState(false);
  const save = useMutation({
    mutationFn: (body: Topic[]) => call(memberRoutes.updateTopics, { body: { topics: body } }),
    onSuccess: (result) => {
      queryClient.setQueryData(routeKey(memberRoutes.topics), result);
      setTopics(result.items);
      setTriedSaving(false);
      toast.show({ tone: 'success', title: t('topics.saved') });
    },
  });
  const problems = topicProblems(topics);
  const errors = new Map<number, { slug?: string; name?: string }>();
  if (hasTriedSaving) {
    problems.forEach((row, index) =>
      errors.set(index, {
        ...(row.slug ? { slug: t(`topics.problems.${row.slug}`) } : {}),
        ...(row.name ? { name: t(`topics.problems.${row.name}`) } : {}),
      }),
    );
  }
  serverTopicErrors(save.error).forEach((row, index) => errors.set(index, { ...errors.get(index), ...row }));
  const removed = saved.filter((topic) => !topics.some((kept) => kept.slug === topic.slug));

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setTriedSaving(true);
        if (problems.size === 0) save.mutate(topics.map((topic) => ({ slug: topic.slug, name: topic.name.trim() })));
      }}
    >
      {save.isError && serverTopicErrors(save.error).size === 0 && <Alert tone="danger">{errorText(save.error)}</Alert>}
      {topics.length === 0 ? (
        <EmptyState icon={<Tags className="size-6" />} title={t('topics.empty.title')} isCompact>
          {t('topics.empty.body')}
        </EmptyState>
      ) : (
        <TopicsEditor topics={topics} onChange={setTopics} errors={errors} />
      )}
      <Button
        variant="secondary"
        size="sm"
        className="self-start"
        disabled={topics.length >= MAX_TOPICS}
        onClick={() => setTopics([...topics, { slug: '', name: '' }])}
        icon={<Plus className="size-4" aria-hidden="true" />}
      >
        {t('topics.add')}
      </Button>
      {removed.length > 0 && (
        <Alert>
          {t('topics.removalWarning', { topics: new Intl.ListFormat(i18n.language).format(removed.map((topic) => topic.name)) })}
        </Alert>
      )}
      <Button type="submit" className="self-start" isLoading={save.isPending}>
        {t('actions.save')}
      </Button>
    </form>
  );
}

/** The community's topics (what members pick as interests): names and slugs, in order. */
export default function TopicsPage() {
  const { t } = useTranslation('admin');
  const topics = useQuery(apiQuery(memberRoutes.topics));
  return (
    <AdminPage title={t('sections.topics.title')} description={t('topics.description')}>
      {topics.isPending && <SkeletonText lines={6} />}
      {topics.isError && <QueryError error={topics.error} onRetry={() => void topics.refetch()} />}
      {topics.data && <TopicsForm saved={topics.data.items} />}
    </AdminPage>
  );
}
