import type { TrustStatus } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/use-error-text';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, Select, SectionCard, SkeletonText, TextField, useToast } from '../../ui';
import { QueryError } from '../admin/shared/query-error';
import { TrustLevelBadge } from './trust-level-badge';
import { useLockTrust, useMemberTrust } from './trust-queries';

const LEVELS = [0, 1, 2, 3, 4] as const;

/** Admin → member: their trust level, its numbers and any lock; admins lock or unlock it with a reason. */
export function MemberTrustCard({ memberId, canLock }: { memberId: string; canLock: boolean }) {
  const { t } = useTranslation('trust');
  const trust = useMemberTrust(memberId);
  return (
    <SectionCard title={t('member.title')}>
      {trust.isPending && <SkeletonText lines={3} />}
      {trust.isError && <QueryError error={trust.error} onRetry={() => void trust.refetch()} />}
      {trust.data && <MemberTrust status={trust.data} canLock={canLock} />}
    </SectionCard>
  );
}

function MemberTrust({ status, canLock }: { status: TrustStatus; canLock: boolean }) {
  const { t } = useTranslation(['trust', 'admin']);
  const { progress } = status;
  return (
    <div className="flex flex-col gap-3" data-testid="member-trust">
      <p className="flex flex-wrap items-center gap-2">
        <TrustLevelBadge level={status.level} />
        {!status.isStaff && <span className="text-sm text-text-muted">{t('member.earned', { level: status.earnedLevel })}</span>}
      </p>
      {!status.isStaff && (
        <ul className="grid gap-1 text-sm tabular-nums sm:grid-cols-2">
          <li>
            {t('settings.days')}: {progress.days}
          </li>
          <li>
            {t('settings.posts')}: {progress.posts}
          </li>
          <li>
            {t('settings.reactions')}: {progress.reactions}
          </li>
          <li>{t('progress.flags', { value: progress.flags, max: status.next?.requirement.maxFlags ?? 0 })}</li>
        </ul>
      )}
      {status.lock && (
        <Alert tone="info">
          {t('member.lockedBy', {
            level: status.lock.level,
            time: new Date(status.lock.lockedAt).toLocaleString(),
            reason: status.lock.reason,
          })}
        </Alert>
      )}
      {status.isStaff ? (
        <p className="text-sm text-text-muted">{t('member.staff')}</p>
      ) : canLock ? (
        <LockForm status={status} />
      ) : (
        <p className="text-sm text-text-muted">{t('member.readOnly')}</p>
      )}
    </div>
  );
}

function LockForm({ status }: { status: TrustStatus }) {
  const { t } = useTranslation('trust');
  const toast = useToast();
  const errorText = useErrorText();
  const { lock, unlock } = useLockTrust(status.memberId);
  const [level, setLevel] = useState(String(status.lock?.level ?? status.level));
  const [reason, setReason] = useState('');
  const errors = useFormErrors(lock.error, { level: 'level', reason: 'reason' });
  const done = (message: string) => {
    setReason('');
    toast.show({ tone: 'success', title: message });
  };
  return (
    <form
      noValidate
      aria-label={t('member.lockTitle')}
      className="flex flex-col gap-3 border-t border-border pt-3"
      onSubmit={(event) => {
        event.preventDefault();
        lock.mutate({ level: Number(level), reason: reason.trim() }, { onSuccess: (s) => done(t('member.locked', { level: s.level })) });
      }}
    >
      <p className="text-sm text-text-muted">{t('member.lockHint')}</p>
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      {unlock.isError && <Alert tone="danger">{errorText(unlock.error)}</Alert>}
      <div className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Select
          label={t('member.level')}
          value={level}
          onChange={(e) => setLevel(e.target.value)}
          options={LEVELS.map((l) => ({ value: String(l), label: `${l} · ${t(`names.${String(l) as '0'}`)}` }))}
          error={errors.fields.level}
        />
        <TextField
          label={t('member.reason')}
          hint={t('member.reasonHint')}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.fields.reason}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isLoading={lock.isPending} disabled={!reason.trim()}>
          {t('member.lock')}
        </Button>
        {status.lock && (
          <Button
            type="button"
            variant="secondary"
            isLoading={unlock.isPending}
            disabled={!reason.trim()}
            onClick={() => unlock.mutate(reason.trim(), { onSuccess: () => done(t('member.unlocked')) })}
          >
            {t('member.unlock')}
          </Button>
        )}
      </div>
    </form>
  );
}
