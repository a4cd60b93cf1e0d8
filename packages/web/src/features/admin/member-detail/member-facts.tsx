import type { AdminMember } from '@hearth/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format/use-format';
import { LANGUAGE_NAMES } from '../../../app/i18n/languages';
import { Card } from '../../../ui';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm leading-6 text-text-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** What admins know about a member: contact, where they came from, activity, language and time zone. */
export function MemberFacts({ member }: { member: AdminMember }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const none = <span className="text-text-muted">{t('member.none')}</span>;
  return (
    <Card as="section" aria-labelledby="member-facts-title" className="flex flex-col gap-3">
      <h2 id="member-facts-title" className="text-lg font-semibold">
        {t('member.factsTitle')}
      </h2>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-6 gap-y-2.5">
        <Fact label={t('member.email')}>
          <span className="break-all">{member.email}</span>
        </Fact>
        <Fact label={t('member.source')}>{member.source ? <span className="font-mono text-sm">{member.source}</span> : none}</Fact>
        <Fact label={t('member.inviteCode')}>
          {member.inviteCode ? <span className="font-mono text-sm">{member.inviteCode}</span> : none}
        </Fact>
        <Fact label={t('member.joined')}>
          <time dateTime={member.joinedAt}>{format.dateTime(member.joinedAt)}</time>
        </Fact>
        <Fact label={t('member.lastSeen')}>
          {member.lastSeenAt ? <time dateTime={member.lastSeenAt}>{format.relative(member.lastSeenAt)}</time> : t('member.neverSeen')}
        </Fact>
        <Fact label={t('member.language')}>
          <span lang={member.locale}>{LANGUAGE_NAMES[member.locale]}</span>
        </Fact>
        <Fact label={t('member.timeZone')}>{member.timeZone}</Fact>
        <Fact label={t('member.location')}>{member.location || none}</Fact>
      </dl>
    </Card>
  );
}
