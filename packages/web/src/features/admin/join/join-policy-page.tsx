import { JoinPolicy, type Community } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../../api/session';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, Card, RadioCards, SkeletonText, useToast, Form } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { useUpdateCommunity } from '../shared/use-update-community';
import { MAX_QUESTIONS, QuestionsEditor } from './questions-editor';

type QuestionField = `q${number}`;

function JoinPolicyForm({ community }: { community: Community }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const [policy, setPolicy] = useState(community.joinPolicy);
  const [questions, setQuestions] = useState(community.questions);
  const save = useUpdateCommunity();
  const questionPaths = Object.fromEntries(Array.from({ length: MAX_QUESTIONS }, (_, i) => [`questions.${i}`, `q${i}` as QuestionField]));
  const errors = useFormErrors<QuestionField | 'joinPolicy' | 'questions'>(save.error, {
    joinPolicy: 'joinPolicy',
    ...questionPaths,
    questions: 'questions',
  });
  const questionErrors = Object.fromEntries(questions.map((_, i) => [i, errors.fields[`q${i}`]]));

  return (
    <Form
      onSubmit={() =>
        save.mutate(
          { joinPolicy: policy, questions: questions.map((question) => question.trim()) },
          { onSuccess: () => toast.show({ tone: 'success', title: t('join.saved') }) },
        )
      }
      error={errors.form}
      className="flex flex-col gap-5"
    >
      <RadioCards
        legend={t('join.policyLegend')}
        name="joinPolicy"
        value={policy}
        onChange={setPolicy}
        error={errors.fields.joinPolicy}
        options={JoinPolicy.options.map((option) => ({
          value: option,
          label: t(`join.policies.${option}.label`),
          description: t(`join.policies.${option}.description`),
        }))}
      />
      <Card as="section" aria-label={t('join.questions.title')} className="flex flex-col gap-3">
        {policy !== 'application' && <Alert>{t('join.questions.onlyForApplication')}</Alert>}
        <QuestionsEditor questions={questions} onChange={setQuestions} errors={questionErrors} />
        {errors.fields.questions && <p className="text-sm text-danger">{errors.fields.questions}</p>}
      </Card>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isLoading={save.isPending}>
          {t('actions.save')}
        </Button>
        <p className="text-sm text-text-muted">{t('join.inviteNote')}</p>
      </div>
    </Form>
  );
}

/** How people get in: open, invite only, or an application with up to five questions. */
export default function JoinPolicyPage() {
  const { t } = useTranslation('admin');
  const community = useCommunity();
  return (
    <AdminPage title={t('sections.join.title')} description={t('join.description')}>
      {community.isPending && <SkeletonText lines={6} />}
      {community.isError && <QueryError error={community.error} onRetry={() => void community.refetch()} />}
      {community.data && <JoinPolicyForm community={community.data} />}
    </AdminPage>
  );
}
