import type { AdminMember } from '@hearth/contracts';
import { Check, X } from 'lucide-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../../app/format/use-format';
import { Avatar, Button, cn, TextField } from '../../../ui';
import { adminPaths } from '../admin-paths';
import { MemberAnswers } from '../member-detail/member-answers';

export interface ApplicationCardProps {
  member: AdminMember;
  isCurrent: boolean;
  reason: string;
  onReason: (reason: string) => void;
  onApprove: () => void;
  onDecline: () => void;
  onFocusWithin: () => void;
}

/** One applicant in the queue: who, when, their answers, an optional reason, approve and decline. */
export const ApplicationCard = forwardRef<HTMLElement, ApplicationCardProps>(function ApplicationCard(
  { member, isCurrent, reason, onReason, onApprove, onDecline, onFocusWithin },
  ref,
) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const titleId = `application-${member.id}`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-current={isCurrent ? 'true' : undefined}
      onFocus={onFocusWithin}
      className={cn(
        'flex flex-col gap-4 rounded-2xl border bg-surface p-4 shadow-card outline-none sm:p-5',
        isCurrent ? 'border-accent-text ring-2 ring-accent-text/30' : 'border-border',
      )}
    >
      <header className="flex flex-wrap items-center gap-3">
        <Avatar name={member.displayName} src={member.avatarUrl} size="lg" isDecorative />
        <div className="flex min-w-0 flex-1 flex-col">
          <h2 id={titleId} className="text-lg font-semibold break-words">
            <Link href={adminPaths.member(member.id)} className="underline-offset-2 hover:underline">
              {member.displayName}
            </Link>
          </h2>
          <p className="truncate text-sm text-text-muted">
            {member.email} ·{' '}
            <time dateTime={member.joinedAt} title={format.dateTime(member.joinedAt)}>
              {t('applications.applied', { when: format.relative(member.joinedAt) })}
            </time>
          </p>
        </div>
      </header>
      <MemberAnswers answers={member.answers} headingLevel="h3" />
      <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_auto] md:items-end">
        <TextField
          label={t('fields.reasonOptional')}
          value={reason}
          onChange={(event) => onReason(event.target.value)}
          maxLength={300}
          hint={t('applications.reasonHint')}
        />
        <div className={cn('flex flex-wrap gap-2', 'md:mb-7')}>
          <Button
            onClick={onApprove}
            icon={<Check className="size-4" aria-hidden="true" />}
            aria-keyshortcuts={isCurrent ? 'a' : undefined}
          >
            {t('actions.approve')}
          </Button>
          <Button
            variant="danger"
            onClick={onDecline}
            icon={<X className="size-4" aria-hidden="true" />}
            aria-keyshortcuts={isCurrent ? 'd' : undefined}
          >
            {t('actions.decline')}
          </Button>
        </div>
      </div>
    </article>
  );
});
