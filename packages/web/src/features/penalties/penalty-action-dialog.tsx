import type { MemberActionBody } from '@hearth/contracts';
import { Gavel } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Dialog, RadioCards, Select, TextField, useToast } from '../../ui';
import { useActOnMember, useMemberPenalties, usePenaltyPolicy } from './penalty-queries';

type Choice = 'warn' | 'mute1' | 'mute7' | 'mute15' | 'muteCustom' | 'ban' | 'next';

/** The request a choice makes: fixed mutes carry their days; a custom mute and a ban take the typed days (a ban without days is permanent). */
function toAction(choice: Choice, days: number | null): Pick<MemberActionBody, 'action' | 'days'> {
  switch (choice) {
    case 'warn':
    case 'next':
      return { action: choice };
    case 'mute1':
      return { action: 'mute', days: 1 };
    case 'mute7':
      return { action: 'mute', days: 7 };
    case 'mute15':
      return { action: 'mute', days: 15 };
    case 'muteCustom':
      return { action: 'mute', ...(days !== null ? { days } : {}) };
    case 'ban':
      return { action: 'ban', ...(days !== null ? { days } : {}) };
  }
}

/** Moderators warn, mute or ban a member (or apply the ladder's next step) with a template and their own words. */
export function PenaltyActionButton({ memberId, memberName, holdId }: { memberId: string; memberName: string; holdId?: string }) {
  const { t } = useTranslation('penalties');
  const toast = useToast();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<Choice>('next');
  const [days, setDays] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [reason, setReason] = useState('');
  const [points, setPoints] = useState('');
  const policy = usePenaltyPolicy();
  const history = useMemberPenalties(memberId);
  const act = useActOnMember();
  const next = history.data?.nextStep;
  const nextLabel = next ? `${t(`kind.${next.kind}`)}${next.days ? ` ${next.days}d` : ''}` : '…';
  const dayCount = days.trim() === '' ? null : Number(days);
  const needsDays = choice === 'muteCustom';
  const isValid =
    (reason.trim() !== '' || templateId !== '') && (!needsDays || (dayCount !== null && Number.isInteger(dayCount) && dayCount > 0));

  const submit = () =>
    act.mutate(
      {
        memberId,
        ...toAction(choice, dayCount),
        reason: reason.trim(),
        ...(templateId ? { templateId } : {}),
        ...(holdId ? { holdId } : {}),
        ...(points.trim() ? { pointsDeducted: Number(points) } : {}),
      },
      {
        onSuccess: ({ penalty }) => {
          toast.show({ title: t('act.done', { action: t(`kind.${penalty.kind}`) }), tone: 'success' });
          setOpen(false);
          setReason('');
          setPoints('');
        },
      },
    );

  return (
    <>
      <Button variant="secondary" icon={<Gavel className="size-5" aria-hidden="true" />} onClick={() => setOpen(true)}>
        {t('act.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('act.title', { name: memberName })}
        description={t('act.description')}
        footer={
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('act.cancel')}
            </Button>
            <Button variant="danger" onClick={submit} isLoading={act.isPending} disabled={!isValid}>
              {t('act.submit')}
            </Button>
          </div>
        }
      >
        <div className="flex flex-col gap-4">
          <RadioCards
            legend={t('act.action')}
            name="penalty-action"
            value={choice}
            onChange={setChoice}
            options={[
              { value: 'next', label: t('act.next', { step: nextLabel }) },
              { value: 'warn', label: t('act.warn') },
              { value: 'mute1', label: t('act.mute1') },
              { value: 'mute7', label: t('act.mute7') },
              { value: 'mute15', label: t('act.mute15') },
              { value: 'muteCustom', label: t('act.muteCustom') },
              { value: 'ban', label: t('act.ban') },
            ]}
          />
          {(choice === 'muteCustom' || choice === 'ban') && (
            <TextField
              label={t('act.days')}
              hint={choice === 'ban' ? t('act.permanent') : undefined}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              required={needsDays}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          )}
          <Select
            label={t('act.template')}
            value={templateId}
            onChange={(event) => setTemplateId(event.target.value)}
            options={[
              { value: '', label: t('act.noTemplate') },
              ...(policy.data?.templates ?? []).map((tpl) => ({ value: tpl.id, label: tpl.label })),
            ]}
          />
          <TextField label={t('act.reason')} maxLength={1000} value={reason} onChange={(event) => setReason(event.target.value)} />
          <TextField
            label={t('act.points')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={points}
            onChange={(event) => setPoints(event.target.value)}
          />
          {act.isError && (
            <Alert tone="danger" title={t('act.refused')}>
              <p>{errorText(act.error)}</p>
            </Alert>
          )}
        </div>
      </Dialog>
    </>
  );
}
