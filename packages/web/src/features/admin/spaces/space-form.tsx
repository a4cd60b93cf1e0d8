import type { SpaceSection, Tier } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, Form, Select, TextArea, TextField } from '../../../ui';
import { SpaceAccessFields } from './space-access-fields';
import { SpaceKindField } from './space-kind-field';
import { isSingleIcon, normaliseValues, spaceErrorPaths, type SpaceValues } from './space-values';

export interface SpaceFormProps {
  initial: SpaceValues;
  /** Editing an existing space: its kind is shown but cannot change. */
  isExisting: boolean;
  sections: readonly SpaceSection[];
  tiers: readonly Tier[];
  submitLabel: string;
  onSubmit: (values: SpaceValues) => void;
  onCancel: () => void;
  isPending: boolean;
  error: unknown;
}

/** Name, icon, description, kind, section and access of a space; the server's field errors under each field. */
export function SpaceForm({ initial, isExisting, sections, tiers, submitLabel, onSubmit, onCancel, isPending, error }: SpaceFormProps) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState(initial);
  const errors = useFormErrors(error, spaceErrorPaths);
  const change = (patch: Partial<SpaceValues>) => setValues(normaliseValues({ ...values, ...patch }, tiers));
  const iconError = isSingleIcon(values.icon) ? errors.fields.icon : t('spaces.form.iconTooLong');
  const canSubmit = values.name.trim() !== '' && isSingleIcon(values.icon);

  return (
    <Form
      onSubmit={() => {
        if (canSubmit) onSubmit(values);
      }}
      error={errors.form}
    >
      <TextField
        label={t('spaces.form.name')}
        required
        autoFocus
        maxLength={60}
        value={values.name}
        onChange={(event) => change({ name: event.target.value })}
        error={errors.fields.name}
      />
      <TextField
        label={t('spaces.form.icon')}
        hint={t('spaces.form.iconHint')}
        maxLength={16}
        autoComplete="off"
        value={values.icon}
        onChange={(event) => change({ icon: event.target.value })}
        error={iconError}
        className="[&_input]:max-w-24 [&_input]:text-center [&_input]:text-xl"
      />
      <TextArea
        label={t('spaces.form.description')}
        rows={2}
        maxLength={500}
        value={values.description}
        onChange={(event) => change({ description: event.target.value })}
        error={errors.fields.description}
      />
      <SpaceKindField value={values.kind} onChange={(kind) => change({ kind })} isFixed={isExisting} error={errors.fields.kind} />
      <Select
        label={t('spaces.form.section')}
        options={[
          { value: '', label: t('spaces.form.noSection') },
          ...[...sections].sort((a, b) => a.position - b.position).map((section) => ({ value: section.id, label: section.name })),
        ]}
        value={values.sectionId}
        onChange={(event) => change({ sectionId: event.target.value })}
        error={errors.fields.sectionId}
        className="sm:max-w-xs"
      />
      <SpaceAccessFields values={values} tiers={tiers} onChange={change} errors={errors.fields} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isPending} disabled={!canSubmit}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>
          {t('actions.cancel')}
        </Button>
      </div>
    </Form>
  );
}
