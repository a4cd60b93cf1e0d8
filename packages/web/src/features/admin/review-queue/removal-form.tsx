import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../../ui';
import { usePenaltyPolicy } from '../../penalties/penalty-queries';

export interface RemovalFormProps {
  submitLabel: string;
  isPending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The reason a removal needs (its author is told), typed or picked from the owner's reason
 * templates (Admin → Penalty ladder), which fill the field to be adjusted before sending.
 */
export function RemovalForm({ submitLabel, isPending, onSubmit, onCancel }: RemovalFormProps) {
  const { t } = useTranslation('admin');
  const templates = usePenaltyPolicy().data?.templates ?? [];
  const [reason, setReason] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // Opened by a click or by the r key: either way the reason is what comes next.
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onSubmit(reason.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <TextField label={t('reviewQueue.reason')} value={reason} maxLength={500} required onChange={(e) => setReason(e.target.value)} />
      {templates.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t('reviewQueue.templates')}>
          <span className="text-text-muted">{t('reviewQueue.templates')}</span>
          {templates.map((template) => (
            <Button key={template.id} type="button" size="sm" variant="secondary" onClick={() => setReason(template.label)}>
              {template.label}
            </Button>
          ))}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" isLoading={isPending} disabled={!reason.trim()}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('reviewQueue.cancel')}
        </Button>
      </div>
    </form>
  );
}
