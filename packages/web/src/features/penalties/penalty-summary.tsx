import type { Penalty } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { Badge } from '../../ui';

/** A penalty's facts: what, until when, why, by whom, points, where it stands. */
export function PenaltySummary({ penalty }: { penalty: Penalty }) {
  const { t } = useTranslation('penalties');
  const format = useFormat();
  const reason = [penalty.templateLabel, penalty.reason].filter(Boolean).join(' — ');
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      <dt className="text-text-muted">{t('notice.action')}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t(`kind.${penalty.kind}`)}</span>
        <Badge tone={penalty.state === 'active' ? 'warning' : 'neutral'}>{t(`state.${penalty.state}`)}</Badge>
        {penalty.appeal && <Badge tone="accent">{t(`appealStatus.${penalty.appeal.status}`)}</Badge>}
      </dd>
      {penalty.kind !== 'warn' && (
        <>
          <dt className="text-text-muted">{t('notice.until')}</dt>
          <dd>{penalty.endsAt ? format.dateTime(penalty.endsAt) : t('notice.noEnd')}</dd>
        </>
      )}
      <dt className="text-text-muted">{t('notice.reason')}</dt>
      <dd className="break-words">{reason}</dd>
      <dt className="text-text-muted">{t('notice.moderator')}</dt>
      <dd>
        {penalty.moderator.displayName} · {format.dateTime(penalty.createdAt)}
      </dd>
      {penalty.pointsDeducted > 0 && (
        <>
          <dt className="sr-only">{t('notice.points', { count: penalty.pointsDeducted })}</dt>
          <dd className="col-span-2 text-text-muted">{t('notice.points', { count: penalty.pointsDeducted })}</dd>
        </>
      )}
    </dl>
  );
}
