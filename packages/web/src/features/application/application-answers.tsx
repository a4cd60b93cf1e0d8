import { useTranslation } from 'react-i18next';

/** The questions and what the applicant answered, read-only. */
export function ApplicationAnswers({ answers }: { answers: readonly { question: string; answer: string }[] }) {
  const { t } = useTranslation('auth');
  return (
    <section className="flex flex-col gap-3 rounded-xl border border-border p-4">
      <h2 className="font-semibold">{t('application.answersTitle')}</h2>
      <dl className="flex flex-col gap-3">
        {answers.map(({ question, answer }) => (
          <div key={question} className="flex flex-col gap-0.5">
            <dt className="text-sm font-medium text-text-muted">{question}</dt>
            <dd className="break-words whitespace-pre-line">{answer || '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
