import { badgeRoutes, type Badge, type MemberSummary } from '@hearth/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useFormErrors } from '../../../app/use-form-errors';
import { Button, Dialog, Form, TextArea, useToast } from '../../../ui';
import { MemberPicker } from '../../members/member-picker';
import { refreshBadges } from './badges-queries';

type Field = 'memberId' | 'reason';
const PATHS: Record<string, Field> = { memberId: 'memberId', reason: 'reason' };

/** Gives a manual badge to one member, or takes a badge back, with a reason kept in the audit log. */
export function BadgeAwardDialog({ badge, mode, onClose }: { badge: Badge; mode: 'give' | 'take'; onClose: () => void }) {
  const { t } = useTranslation('badges');
  const toast = useToast();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<MemberSummary[]>([]);
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: async () => {
      const body = { memberId: picked[0]!.id, reason };
      if (mode === 'give') await call(badgeRoutes.awardBadge, { params: { id: badge.id }, body });
      else await call(badgeRoutes.revokeBadge, { params: { id: badge.id }, body });
    },
    onSuccess: async () => {
      await refreshBadges(queryClient);
      toast.show({ title: mode === 'give' ? t('admin.award.given') : t('admin.award.taken'), tone: 'success' });
      onClose();
    },
  });
  const errors = useFormErrors<Field>(send.error, PATHS);
  const submit = () => {
    if (picked.length === 0) return setLocalError(t('admin.award.pick'));
    setLocalError(null);
    send.mutate();
  };
  const p = (key: 'picked' | 'search' | 'searchPlaceholder' | 'pickLimit' | 'searching' | 'nobody' | 'results') => t(`admin.picker.${key}`);
  return (
    <Dialog
      open
      onClose={onClose}
      title={mode === 'give' ? t('admin.award.giveTitle', { name: badge.name }) : t('admin.award.takeTitle', { name: badge.name })}
    >
      <Form onSubmit={submit} error={errors.form}>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">{t('admin.award.member')}</legend>
          <MemberPicker
            labels={{
              picked: p('picked'),
              unpick: (name) => t('admin.picker.unpick', { name }),
              search: p('search'),
              searchPlaceholder: p('searchPlaceholder'),
              pickLimit: () => p('pickLimit'),
              searching: p('searching'),
              noResults: (query) => t('admin.picker.noResults', { query }),
              nobody: p('nobody'),
              results: p('results'),
            }}
            selected={picked}
            onChange={(next) => setPicked(next.slice(-1))}
            max={1}
          />
          {(localError ?? errors.fields.memberId) && <p className="text-sm text-danger">{localError ?? errors.fields.memberId}</p>}
        </fieldset>
        <TextArea
          label={t('admin.award.reason')}
          hint={t('admin.award.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fields.reason}
          rows={2}
          maxLength={500}
          required
        />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('admin.form.cancel')}
          </Button>
          <Button type="submit" variant={mode === 'take' ? 'danger' : undefined} isLoading={send.isPending}>
            {mode === 'give' ? t('admin.award.give') : t('admin.award.take')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
