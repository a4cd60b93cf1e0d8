import type { OutboxMail } from '@hearth/contracts';
import { ChevronRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { Badge, type BadgeTone } from '../../../ui';
import { LinkedText } from './linked-text';

const KNOWN_KINDS = [
  'magic_link',
  'password_reset',
  'account_notice',
  'email_change_confirm',
  'email_change_notice',
  'application_approved',
  'application_declined',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

const statusTones: Record<OutboxMail['status'], BadgeTone> = { outbox: 'accent', queued: 'warning', sent: 'success', failed: 'danger' };

function isKnownKind(kind: string): kind is KnownKind {
  return (KNOWN_KINDS as readonly string[]).includes(kind);
}

/** One mail: subject, recipient, kind, status and time; opens to the full text with its links clickable. */
export function OutboxMailItem({ mail }: { mail: OutboxMail }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  return (
    <details className="group rounded-2xl border border-border bg-surface shadow-card open:border-border-strong">
      <summary className="flex cursor-pointer list-none items-start gap-3 rounded-2xl p-4 hover:bg-surface-muted/60 [&::-webkit-details-marker]:hidden">
        <ChevronRight className="mt-1 size-4 shrink-0 text-text-muted transition-transform group-open:rotate-90" aria-hidden="true" />
        <div className="flex min-w-0 flex-1 flex-col gap-1 md:grid md:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_auto] md:items-center md:gap-4">
          <div className="flex min-w-0 flex-col">
            <span className="font-medium break-words">{mail.subject}</span>
            <span className="truncate text-sm text-text-muted">
              <span className="sr-only">{t('outbox.to')} </span>
              {mail.to}
            </span>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Badge>{isKnownKind(mail.kind) ? t(`outbox.kinds.${mail.kind}`) : mail.kind}</Badge>
            <Badge tone={statusTones[mail.status]}>{t(`outbox.status.${mail.status}`)}</Badge>
          </div>
          <time dateTime={mail.createdAt} title={format.dateTime(mail.createdAt)} className="num text-sm whitespace-nowrap text-text-muted">
            {format.relative(mail.createdAt)}
          </time>
        </div>
      </summary>
      <div className="border-t border-border px-4 py-3 sm:pl-11">
        <p className="mb-2 text-sm text-text-muted">
          {t('outbox.sentTo', { to: mail.to })} · {format.dateTime(mail.createdAt)}
        </p>
        <div className="leading-relaxed break-words whitespace-pre-wrap">
          <LinkedText text={mail.text} />
        </div>
      </div>
    </details>
  );
}
