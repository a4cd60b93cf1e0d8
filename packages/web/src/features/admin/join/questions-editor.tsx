import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton, TextField } from '../../../ui';

export const MAX_QUESTIONS = 5;

export interface QuestionsEditorProps {
  questions: string[];
  onChange: (questions: string[]) => void;
  /** Messages by question index, from the server's field errors. */
  errors: Partial<Record<number, string>>;
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Up to five application questions: write, reorder, remove, add. */
export function QuestionsEditor({ questions, onChange, errors }: QuestionsEditorProps) {
  const { t } = useTranslation('admin');
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-semibold">{t('join.questions.title')}</legend>
      <p className="-mt-1 text-sm text-text-muted">{t('join.questions.hint', { max: MAX_QUESTIONS })}</p>
      {questions.length === 0 && <p className="rounded-xl bg-surface-muted p-3 text-sm text-text-muted">{t('join.questions.empty')}</p>}
      <ol className="flex flex-col gap-3">
        {questions.map((question, index) => (
          <li key={index} className="flex flex-col gap-1 sm:flex-row sm:items-start">
            <TextField
              label={t('join.questions.label', { number: index + 1 })}
              value={question}
              maxLength={200}
              onChange={(event) => onChange(questions.map((current, i) => (i === index ? event.target.value : current)))}
              error={errors[index]}
              className="min-w-0 flex-1"
            />
            <div className="flex self-end sm:mt-7 sm:self-auto">
              <IconButton
                label={t('join.questions.moveUp', { number: index + 1 })}
                icon={<ArrowUp className="size-4" aria-hidden="true" />}
                disabled={index === 0}
                onClick={() => onChange(moved(questions, index, index - 1))}
              />
              <IconButton
                label={t('join.questions.moveDown', { number: index + 1 })}
                icon={<ArrowDown className="size-4" aria-hidden="true" />}
                disabled={index === questions.length - 1}
                onClick={() => onChange(moved(questions, index, index + 1))}
              />
              <IconButton
                label={t('join.questions.remove', { number: index + 1 })}
                icon={<Trash2 className="size-4" aria-hidden="true" />}
                tone="danger"
                onClick={() => onChange(questions.filter((_, i) => i !== index))}
              />
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        size="sm"
        className="self-start"
        disabled={questions.length >= MAX_QUESTIONS}
        onClick={() => onChange([...questions, ''])}
        icon={<Plus className="size-4" aria-hidden="true" />}
      >
        {questions.length >= MAX_QUESTIONS ? t('join.questions.full', { max: MAX_QUESTIONS }) : t('join.questions.add')}
      </Button>
    </fieldset>
  );
}
