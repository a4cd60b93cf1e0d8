import { useTranslation } from 'react-i18next';
import { Card, SkeletonText } from '../../ui';
import { PenaltySummary } from './penalty-summary';
import { useMemberPenalties } from './penalty-queries';

/** A member's penalties for staff (admin member page), newest first. */
export function MemberPenaltiesCard({ memberId }: { memberId: string }) {
  const { t } = useTranslation('penalties');
  const query = useMemberPenalties(memberId);
  const items = query.data?.items ?? [];
  return (
    <Card as="section" aria-labelledby="member-penalties">
      <h2 id="member-penalties" className="mb-3 text-lg font-semibold">
        {t('act.history')}
      </h2>
      {query.isPending && <SkeletonText lines={3} />}
      {query.isSuccess && items.length === 0 && <p className="text-sm text-text-muted">{t('act.none')}</p>}
      <ul className="flex flex-col divide-y divide-border">
        {items.map((penalty) => (
          <li key={penalty.id} className="py-3 first:pt-0 last:pb-0">
            <PenaltySummary penalty={penalty} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
