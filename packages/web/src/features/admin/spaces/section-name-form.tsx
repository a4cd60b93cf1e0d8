import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, Form, TextField } from '../../../ui';

export interface SectionNameFormProps {
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}

/** A section's one field, its name: for a new section and for renaming one. */
export function SectionNameForm({ initial, submitLabel, onSubmit, onCancel, isPending, error }: SectionNameFormProps) {
  const { t } = useTranslation('admin');
  const [name, setName] = useState(initial);
  const errors = useFormErrors(error, { name: 'name' });
  return (
    <Form
      onSubmit={() => {
        if (name.trim()) onSubmit(name.trim());
      }}
      error={errors.form}
      className="flex flex-wrap items-end gap-2"
    >
      <TextField
        label={t('spaces.sections.name')}
        required
        autoFocus
        maxLength={60}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
        className="min-w-0 flex-1 basis-56"
      />
      <div className="flex gap-2">
        <Button type="submit" isLoading={isPending} disabled={!name.trim()}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>
          {t('actions.cancel')}
        </Button>
      </div>
    </Form>
  );
}
