import { spamReportRoutes, type ReportReason, type ReportTargetKind } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, cn, Dialog, TextArea, useToast } from '../../ui';

const REASONS: readonly ReportReason[] = ['spam', 'abuse', 'off_topic', 'other'];

export interface ReportDialogProps {
  open: boolean;
  onClose: () => void;
  targetKind: ReportTargetKind;
  targetId: string;
}

/** Report something to the moderators: a reason (and a note, required for "other"); refusals shown in place. */
export function ReportDialog({ open, onClose, targetKind, targetId }: ReportDialogProps) {
  const { t } = useTranslation('common');
  const toast = useToast();
  const errorText = useErrorText();
  const [reason, setReason] = useState<ReportReason>('spam');
  const [note, setNote] = useState('');
  const isValid = reason !== 'other' || note.trim() !== '';
  const report = useMutation({
    mutationFn: () =>
      call(spamReportRoutes.createReport, {
        body: { targetKind, targetId, reason, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
    onSuccess: () => {
      toast.show({ title: t('report.sent'), tone: 'success' });
      onClose();
    },
  });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t(`report.title.${targetKind}`)}
      description={t('report.description')}
      footer={
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t('report.cancel')}
          </Button>
          <Button variant="danger" onClick={() => report.mutate()} isLoading={report.isPending} disabled={!isValid}>
            {t('report.submit')}
          </Button>
        </div>
      }
    >
      <div className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('report.reasonLabel')}</legend>
          <div className="flex flex-wrap gap-2">
            {REASONS.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={reason === value}
                onClick={() => setReason(value)}
                className={cn(
                  'min-h-10 rounded-full border px-4 text-sm font-medium',
                  reason === value ? 'border-accent bg-accent text-accent-fg' : 'border-border bg-surface hover:bg-surface-muted',
                )}
              >
                {t(`report.reason.${value}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <TextArea
          label={reason === 'other' ? t('report.noteRequired') : t('report.note')}
          value={note}
          maxLength={500}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
        />
        {report.isError && (
          <Alert tone="danger" title={t('report.refused')}>
            <p>{errorText(report.error)}</p>
          </Alert>
        )}
      </div>
    </Dialog>
  );
}
