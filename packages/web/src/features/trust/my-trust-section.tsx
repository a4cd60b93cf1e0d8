import type { TrustStatus } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, SectionCard, SkeletonText } from '../../ui';
import { QueryError } from '../admin/shared/query-error';
import { TrustAbilitiesList } from './trust-abilities-list';
import { TrustLevelBadge } from './trust-level-badge';
import { useMyTrust } from './trust-queries';

/** Settings → Trust level: where the member stands, what unlocks the next level, and what each level lets them do. */
export function MyTrustSection() {
  const { t } = useTranslation('trust');
  const trust = useMyTrust();
  return (
    <SectionCard title={t('my.title')} description={t('my.description')}>
      {trust.isPending && <SkeletonText lines={3} />}
      {trust.isError && <QueryError error={trust.error} onRetry={() => void trust.refetch()} />}
      {trust.data && <TrustStanding status={trust.data} />}
    </SectionCard>
  );
}

function TrustStanding({ status }: { status: TrustStatus }) {
  const { t } = useTranslation('trust');
  const name = (level: number) => t(`names.${String(level) as '0'}`);
  return (
    <div className="flex flex-col gap-4" data-testid="my-trust">
      <p className="flex flex-wrap items-center gap-2">
        <TrustLevelBadge level={status.level} />
        <span className="font-medium">{t('my.current', { level: status.level, name: name(status.level) })}</span>
      </p>
      {status.isStaff && <p className="text-sm text-text-muted">{t('my.staff')}</p>}
      {status.lock && <Alert tone="info">{t('my.locked', { level: status.lock.level })}</Alert>}
      {status.restricted && <Alert tone="danger">{t('my.restricted')}</Alert>}
      {!status.limitsEnabled && <p className="text-sm text-text-muted">{t('my.limitsOff')}</p>}
      {!status.isStaff && status.next && <NextLevel status={status} next={status.next} />}
      {!status.isStaff && !status.next && <p className="text-sm">{t('my.top')}</p>}
      <TrustAbilitiesList abilities={status.abilities} current={status.level} />
    </div>
  );
}

function NextLevel({ status, next }: { status: TrustStatus; next: NonNullable<TrustStatus['next']> }) {
  const { t } = useTranslation('trust');
  const { progress } = status;
  const need = next.requirement;
  const meters = [
    { key: 'days', value: progress.days, need: need.days },
    { key: 'posts', value: progress.posts, need: need.posts },
    { key: 'reactions', value: progress.reactions, need: need.reactions },
  ] as const;
  return (
    <section aria-labelledby="trust-next" className="flex flex-col gap-2">
      <h3 id="trust-next" className="font-semibold">
        {t('my.next', { level: next.level, name: t(`names.${String(next.level) as '0'}`) })}
      </h3>
      {meters.map((m) => {
        const label = t(`progress.${m.key}`, { value: m.value, need: m.need });
        const percent = m.need === 0 ? 100 : Math.min(100, Math.round((m.value / m.need) * 100));
        return (
          <div key={m.key} className="flex flex-col gap-1">
            <span className="text-sm tabular-nums">{label}</span>
            <div
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-label={label}
              className="h-2 w-full overflow-hidden rounded-full bg-surface-muted"
            >
              <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
            </div>
          </div>
        );
      })}
      <span className={progress.flags > need.maxFlags ? 'text-sm text-danger' : 'text-sm text-text-muted'}>
        {t('progress.flags', { value: progress.flags, max: need.maxFlags })}
      </span>
    </section>
  );
}
