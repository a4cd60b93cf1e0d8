import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../app/use-form-errors';
import { Button, Form, TextField } from '../../ui';
import { applyTextChange, MarkdownEditor } from './markdown-editor';

export interface EditValues {
  title?: string;
  body: string;
}

export interface EditFormProps {
  /** The saved version; a title field appears when it has one (threads). */
  initial: EditValues;
  /** The server's rendering of the saved body, previewed while the body is unchanged. */
  initialHtml: string;
  label: string;
  isPending: boolean;
  error: unknown;
  onSave: (values: EditValues) => void;
  onCancel: () => void;
}

/** Inline editing of a thread (title and body) or a comment (body); only what changed is sent. */
export function EditForm({ initial, initialHtml, label, isPending, error, onSave, onCancel }: EditFormProps) {
  const { t } = useTranslation('spaces');
  const [values, setValues] = useState(initial);
  const [isUploading, setUploading] = useState(false);
  const errors = useFormErrors(error, { title: 'title', body: 'body' });
  const hasTitle = initial.title !== undefined;
  const isChanged = values.body !== initial.body || (hasTitle && values.title !== initial.title);
  const canSave = isChanged && values.body.trim() !== '' && !isUploading && (!hasTitle || (values.title ?? '').trim() !== '');
  const save = () => {
    if (!canSave || isPending) return;
    onSave({
      ...(hasTitle && values.title !== initial.title ? { title: (values.title ?? '').trim() } : {}),
      body: values.body,
    });
  };
  return (
    <Form onSubmit={save} error={errors.form} className="flex flex-col gap-3">
      {hasTitle && (
        <TextField
          label={t('composer.titleLabel')}
          required
          maxLength={200}
          value={values.title ?? ''}
          onChange={(event) => setValues({ ...values, title: event.target.value })}
          error={errors.fields.title}
        />
      )}
      <MarkdownEditor
        label={label}
        value={values.body}
        onChange={(change) => setValues((current) => ({ ...current, body: applyTextChange(change, current.body) }))}
        previewHtml={values.body === initial.body ? initialHtml : null}
        onUploadingChange={setUploading}
        onSubmitShortcut={save}
        error={errors.fields.body}
        rows={6}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={isPending} disabled={!canSave}>
          {t('edit.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={isPending}>
          {t('actions.cancel')}
        </Button>
      </div>
    </Form>
  );
}
