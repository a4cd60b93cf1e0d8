import type { AdminMember } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';

/** The application questions and what the member answered. */
export function MemberAnswers({ answers, headingLevel = 'h2' }: { answers: AdminMember['answers']; headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation('admin');
  const Heading = headingLevel;
  if (answers.length === 0) return <p className="text-sm text-text-muted">{t('member.noAnswers')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <Heading className={headingLevel === 'h2' ? 'text-lg font-semibold' : 'text-sm font-semibold'}>{t('member.answersTitle')}</Heading>
      <dl className="flex flex-col gap-3">
        {answers.map(({ question, answer }, index) => (
          <div key={index} className="flex flex-col gap-0.5 rounded-xl bg-surface-muted px-3 py-2">
            <dt className="text-sm font-medium text-text-muted">{question}</dt>
            <dd className="break-words whitespace-pre-line">{answer || t('member.none')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
