import { POLL_MAX_OPTIONS, type PollInput } from '@hearth/contracts';
import { Plus, X } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, IconButton, Select, TextField } from '../../ui';
import { zonedInputToIso } from '../admin/invites/zoned-time';

/** A poll as the composer holds it: strings as typed (kept with the draft), turned into PollInput on posting. */
export interface PollDraft {
  question: string;
  options: string[];
  multiple: boolean;
  /** Empty: as many as there are options. */
  maxChoices: string;
  /** A `datetime-local` value in the member's time zone, or empty for no closing time. */
  closesAt: string;
  resultsVisibility: 'always' | 'after_vote';
}

export const emptyPollDraft = (): PollDraft => ({
  question: '',
  options: ['', ''],
  multiple: false,
  maxChoices: '',
  closesAt: '',
  resultsVisibility: 'always',
});

/** Reads a poll draft kept as JSON with the thread draft (anything unreadable is no poll). */
export function parsePollDraft(raw: string): PollDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PollDraft>;
    if (!Array.isArray(value.options)) return null;
    return { ...emptyPollDraft(), ...value, options: value.options.filter((o): o is string => typeof o === 'string') };
  } catch {
    return null;
  }
}

/** What the API takes: blank option rows left out (the server counts the rest), times as instants. */
export function toPollInput(draft: PollDraft, timeZone: string): PollInput {
  const options = draft.options.map((option) => option.trim()).filter(Boolean);
  const maxChoices = Number.parseInt(draft.maxChoices, 10);
  return {
    ...(draft.question.trim() ? { question: draft.question.trim() } : {}),
    options,
    multiple: draft.multiple,
    ...(draft.multiple && Number.isInteger(maxChoices) ? { maxChoices } : {}),
    closesAt: draft.closesAt ? zonedInputToIso(draft.closesAt, timeZone) : null,
    resultsVisibility: draft.resultsVisibility,
  };
}

export type PollFieldErrors = Partial<Record<'question' | 'options' | 'maxChoices' | 'closesAt', string>>;

/** The poll part of the thread composer: question, 2–10 options, single or multiple choice, closing time, who sees results. */
export function PollFields({
  draft,
  onChange,
  onRemove,
  errors,
  minClosesAt,
}: {
  draft: PollDraft;
  onChange: (draft: PollDraft) => void;
  onRemove: () => void;
  errors: PollFieldErrors;
  minClosesAt: string;
}) {
  const { t } = useTranslation('spaces');
  const headingId = useId();
  const update = (patch: Partial<PollDraft>) => onChange({ ...draft, ...patch });
  const setOption = (index: number, value: string) => update({ options: draft.options.map((option, i) => (i === index ? value : option)) });
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-border p-3 sm:p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {t('pollForm.title')}
        </h3>
        <Button size="sm" variant="ghost" onClick={onRemove}>
          {t('pollForm.remove')}
        </Button>
      </div>
      <TextField
        label={t('pollForm.question')}
        hint={t('pollForm.questionHint')}
        maxLength={300}
        value={draft.question}
        onChange={(event) => update({ question: event.target.value })}
        error={errors.question}
      />
      <div className="flex flex-col gap-2" role="group" aria-label={t('pollForm.options')}>
        {draft.options.map((option, index) => (
          <div key={index} className="flex items-end gap-2">
            <TextField
              className="min-w-0 flex-1"
              label={t('pollForm.option', { number: index + 1 })}
              maxLength={100}
              value={option}
              onChange={(event) => setOption(index, event.target.value)}
            />
            {draft.options.length > 2 && (
              <IconButton
                label={t('pollForm.removeOption', { number: index + 1 })}
                icon={<X className="size-4" aria-hidden="true" />}
                onClick={() => update({ options: draft.options.filter((_, i) => i !== index) })}
              />
            )}
          </div>
        ))}
        {errors.options && <p className="text-sm text-danger">{errors.options}</p>}
        {draft.options.length < POLL_MAX_OPTIONS && (
          <Button
            size="sm"
            variant="secondary"
            className="self-start"
            icon={<Plus className="size-4" aria-hidden="true" />}
            onClick={() => update({ options: [...draft.options, ''] })}
          >
            {t('pollForm.addOption')}
          </Button>
        )}
      </div>
      <Checkbox label={t('pollForm.multiple')} checked={draft.multiple} onChange={(event) => update({ multiple: event.target.checked })} />
      {draft.multiple && (
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={draft.options.length}
          label={t('pollForm.maxChoices')}
          hint={t('pollForm.maxChoicesHint')}
          value={draft.maxChoices}
          onChange={(event) => update({ maxChoices: event.target.value })}
          error={errors.maxChoices}
        />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          type="datetime-local"
          label={t('pollForm.closesAt')}
          hint={t('pollForm.closesAtHint')}
          min={minClosesAt}
          value={draft.closesAt}
          onChange={(event) => update({ closesAt: event.target.value })}
          error={errors.closesAt}
        />
        <Select
          label={t('pollForm.results')}
          value={draft.resultsVisibility}
          onChange={(event) => update({ resultsVisibility: event.target.value as PollDraft['resultsVisibility'] })}
          options={[
            { value: 'always', label: t('pollForm.resultsAlways') },
            { value: 'after_vote', label: t('pollForm.resultsAfterVote') },
          ]}
        />
      </div>
    </div>
  );
}
