import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, TextArea, TextField, Form } from '../../../ui';
import { PerksEditor } from './perks-editor';

export interface TierValues {
  name: string;
  description: string;
  perks: string[];
}

export interface TierFormProps {
  initial: TierValues;
  submitLabel: string;
  onSubmit: (values: TierValues) => void;
  onCancel?: () => void;
  isPending: boolean;
  error: unknown;
}

/** Name, description and perks of a tier; blank perks are dropped on saving. */
export function TierForm({ initial, submitLabel, onSubmit, onCancel, isPending, error }: TierFormProps) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState(initial);
  const errors = useFormErrors(error, { name: 'name', description: 'description', perks: 'perks' });
  return (
    <Form
      onSubmit={() =>
        onSubmit({
          name: values.name.trim(),
          description: values.description,
          perks: values.perks.map((perk) => perk.trim()).filter(Boolean),
        })
      }
      error={errors.form}
    >
      <TextField
        label={t('tiers.name')}
        required
        maxLength={40}
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
        error={errors.fields.name}
      />
      <TextArea
        label={t('tiers.tierDescription')}
        rows={2}
        maxLength={500}
        value={values.description}
        onChange={(event) => setValues({ ...values, description: event.target.value })}
        error={errors.fields.description}
      />
      <PerksEditor perks={values.perks} onChange={(perks) => setValues({ ...values, perks })} error={errors.fields.perks} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isPending} disabled={!values.name.trim()}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={isPending}>
            {t('actions.cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
