import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../../app/routes';
import { Button, buttonClass, Card } from '../../ui';

interface StepCardProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** The primary action's words ("Continue"). */
  submitLabel: string;
  onSubmit: () => void;
  isSubmitting: boolean;
}

/** One onboarding step: its question, its fields, Continue, and a way out to finish later. */
export function StepCard({ title, description, children, submitLabel, onSubmit, isSubmitting }: StepCardProps) {
  const { t } = useTranslation('onboarding');
  return (
    <Card as="section" padding="lg" aria-labelledby="onboarding-step-title">
      <form
        noValidate
        className="flex flex-col gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <header className="flex flex-col gap-1">
          <h2 id="onboarding-step-title" className="text-xl font-semibold">
            {title}
          </h2>
          {description && <div className="text-text-muted">{description}</div>}
        </header>
        {children}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-between">
          <Link href={paths.home} className={buttonClass({ variant: 'ghost' })}>
            {t('later')}
          </Link>
          <Button type="submit" isLoading={isSubmitting} className="sm:min-w-40">
            {submitLabel}
          </Button>
        </div>
      </form>
    </Card>
  );
}
