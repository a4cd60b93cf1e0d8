import type { MemberProfile } from '@hearth/contracts';
import { CalendarDays, Clock, Languages, MapPin, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { LANGUAGE_NAMES } from '../../app/i18n/languages';
import { Card } from '../../ui';
import { LocalTime } from './local-time';

function Detail({ icon: Icon, term, children }: { icon: LucideIcon; term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="flex items-center gap-2 text-sm text-text-muted">
        <Icon className="size-4 shrink-0" aria-hidden="true" />
        {term}
      </dt>
      <dd className="pl-6 break-words">{children}</dd>
    </div>
  );
}

/** Where the member is, what time it is there, their language, and when they joined. */
export function MemberDetails({ member }: { member: MemberProfile }) {
  const { t } = useTranslation('members');
  const format = useFormat();
  return (
    <Card as="section" aria-labelledby="member-details-title" className="flex flex-col gap-3">
      <h2 id="member-details-title" className="text-lg font-semibold">
        {t('profile.details')}
      </h2>
      <dl className="flex flex-col gap-3">
        {member.location && (
          <Detail icon={MapPin} term={t('profile.location')}>
            {member.location}
          </Detail>
        )}
        {member.timeZone && (
          <Detail icon={Clock} term={t('profile.localTime')}>
            <LocalTime timeZone={member.timeZone} />
            <span className="block text-sm text-text-muted">{member.timeZone.replaceAll('_', ' ')}</span>
          </Detail>
        )}
        <Detail icon={Languages} term={t('profile.language')}>
          <span lang={member.locale}>{LANGUAGE_NAMES[member.locale]}</span>
        </Detail>
        <Detail icon={CalendarDays} term={t('profile.joined')}>
          <time dateTime={member.joinedAt}>{format.date(member.joinedAt)}</time>
        </Detail>
      </dl>
    </Card>
  );
}
