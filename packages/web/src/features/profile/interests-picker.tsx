import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Alert, ChoiceChips, Skeleton } from '../../ui';
import { useTopics } from '../members/use-topics';

interface InterestsPickerProps {
  values: string[];
  onChange: (values: string[]) => void;
  legend: ReactNode;
  error?: string | null;
  isLegendHidden?: boolean;
}

/** The community's topics as chips to toggle; says so when the community has none yet. */
export function InterestsPicker({ values, onChange, legend, error, isLegendHidden }: InterestsPickerProps) {
  const { t } = useTranslation('profile');
  const topics = useTopics();
  const errorText = useErrorText();
  if (topics.isPending) {
    return (
      <div className="flex flex-wrap gap-2" aria-hidden="true">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-11 w-20 rounded-full" />
        ))}
      </div>
    );
  }
  if (topics.isError) return <Alert tone="danger">{errorText(topics.error)}</Alert>;
  if (topics.items.length === 0) return <p className="text-text-muted">{t('interests.none')}</p>;
  return (
    <ChoiceChips
      legend={legend}
      isLegendHidden={isLegendHidden}
      options={topics.items.map((topic) => ({ value: topic.slug, label: topic.name }))}
      values={values}
      onChange={onChange}
      error={error}
      hint={t('interests.count', { count: values.length })}
    />
  );
}
