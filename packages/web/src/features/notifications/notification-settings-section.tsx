import { NOTIFICATION_KINDS, type ChannelPrefs, type NotificationKind, type NotificationSettings } from '@hearth/contracts';
import { RotateCw } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format/use-format';
import { useSignedInMember } from '../../app/session/session-context';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, Checkbox, cn, RadioCards, SectionCard, SkeletonText } from '../../ui';
import { PushDeviceControl } from './push-device-control';
import { useNotificationSettings, type SettingsPatch } from './use-notification-settings';

const CHANNELS: readonly (keyof ChannelPrefs)[] = ['inApp', 'email', 'push'];
const DIGESTS = ['off', 'daily', 'weekly'] as const;
const DEFAULT_QUIET = { start: '22:00', end: '07:00' } as const;
const GRID = 'sm:grid sm:grid-cols-[minmax(0,1fr)_repeat(3,6.5rem)] sm:items-center';

/** One kind's row: its name and hint, then In app / Email / Push (a stacked list on phones, columns from sm). */
function KindRow({
  kind,
  prefs,
  isEmailOn,
  onChange,
}: {
  kind: NotificationKind;
  prefs: ChannelPrefs;
  isEmailOn: boolean;
  onChange: (channel: keyof ChannelPrefs, value: boolean) => void;
}) {
  const { t } = useTranslation('notifications');
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-name`} aria-describedby={`${id}-hint`} className={cn('flex flex-col gap-1 py-3', GRID)}>
      <div className="min-w-0">
        <span id={`${id}-name`} className="font-medium">
          {t(`settings.kinds.${kind}`)}
        </span>
        <p id={`${id}-hint`} className="text-sm text-text-muted">
          {t(`settings.kindHints.${kind}`)}
        </p>
      </div>
      <div className="flex flex-wrap gap-x-6 sm:contents">
        {CHANNELS.map((channel) => (
          <label
            key={channel}
            className={cn(
              'flex min-h-11 cursor-pointer items-center gap-2 sm:justify-center',
              channel === 'email' && !isEmailOn && 'cursor-not-allowed opacity-55',
            )}
          >
            <input
              type="checkbox"
              checked={prefs[channel]}
              disabled={channel === 'email' && !isEmailOn}
              onChange={(event) => onChange(channel, event.target.checked)}
              className="size-5 shrink-0 cursor-pointer accent-[var(--accent)] disabled:cursor-not-allowed"
            />
            <span className="text-sm sm:sr-only">{t(`settings.channels.${channel}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

function KindGrid({ settings, onSave }: { settings: NotificationSettings; onSave: (patch: SettingsPatch) => void }) {
  const { t } = useTranslation('notifications');
  return (
    <div className="flex flex-col">
      <h3 className="font-semibold">{t('settings.kindsLegend')}</h3>
      <div aria-hidden="true" className={cn('hidden border-b border-border pt-2 pb-2 text-sm font-medium text-text-muted', GRID)}>
        <span>{t('settings.kindColumn')}</span>
        {CHANNELS.map((channel) => (
          <span key={channel} className="text-center">
            {t(`settings.channels.${channel}`)}
          </span>
        ))}
      </div>
      <div className="flex flex-col divide-y divide-border">
        {NOTIFICATION_KINDS.map((kind) => (
          <KindRow
            key={kind}
            kind={kind}
            prefs={settings.kinds[kind]}
            isEmailOn={settings.emailEnabled}
            onChange={(channel, value) => onSave({ kinds: { [kind]: { [channel]: value } } })}
          />
        ))}
      </div>
      {!settings.emailEnabled && <p className="pt-2 text-sm text-text-muted">{t('settings.emailOffNote')}</p>}
    </div>
  );
}

/** Quiet hours: off, or from–until in the member's own time zone; the two times must differ. */
function QuietHours({ settings, onSave }: { settings: NotificationSettings; onSave: (patch: SettingsPatch) => void }) {
  const { t } = useTranslation('notifications');
  const me = useSignedInMember();
  const id = useId();
  const [draft, setDraft] = useState(settings.quietHours ?? DEFAULT_QUIET);
  const isOn = settings.quietHours !== null;
  const isSame = draft.start === draft.end;
  const timeZone = me.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  const setTime = (part: 'start' | 'end', value: string) => {
    const next = { ...draft, [part]: value };
    setDraft(next);
    if (value && next.start !== next.end) onSave({ quietHours: next });
  };
  const timeClass =
    'min-h-11 rounded-lg border border-border-strong bg-surface px-3 py-2 tabular-nums hover:border-text-muted disabled:opacity-55 aria-invalid:border-danger';
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4">
      <Checkbox
        role="switch"
        label={t('settings.quiet.toggle')}
        hint={t('settings.quiet.hint', { timeZone })}
        checked={isOn}
        onChange={(event) => onSave({ quietHours: event.target.checked ? (isSame ? DEFAULT_QUIET : draft) : null })}
      />
      {isOn && (
        <div className="flex flex-wrap items-end gap-4 pl-8">
          {(['start', 'end'] as const).map((part) => (
            <div key={part} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${part}`} className="text-sm font-medium">
                {t(`settings.quiet.${part}`)}
              </label>
              <input
                id={`${id}-${part}`}
                type="time"
                required
                value={draft[part]}
                aria-invalid={isSame || undefined}
                aria-describedby={isSame ? `${id}-same` : undefined}
                onChange={(event) => setTime(part, event.target.value)}
                className={timeClass}
              />
            </div>
          ))}
          {isSame && (
            <p id={`${id}-same`} className="basis-full text-sm text-danger">
              {t('settings.quiet.same')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function Digest({ settings, onSave }: { settings: NotificationSettings; onSave: (patch: SettingsPatch) => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-4">
      <RadioCards
        legend={t('settings.digest.legend')}
        name="notification-digest"
        value={settings.digest}
        onChange={(digest) => onSave({ digest })}
        options={DIGESTS.map((value) => ({ value, label: t(`settings.digest.${value}`), description: t(`settings.digest.${value}Hint`) }))}
      />
      {settings.digest !== 'off' && settings.nextDigestAt && settings.emailEnabled && (
        <p className="text-sm text-text-muted">{t('settings.digest.next', { date: format.dateTime(settings.nextDigestAt) })}</p>
      )}
    </div>
  );
}

/** Settings → Notifications: kinds × channels, email at all, quiet hours, the digest, and push on this device. */
export function NotificationSettingsSection() {
  const { t } = useTranslation('notifications');
  const errorText = useErrorText();
  const { settings, save } = useNotificationSettings();
  return (
    <div id="notifications" className="scroll-mt-20">
      <SectionCard title={t('settings.title')} description={t('settings.description')}>
        {settings.isPending && <SkeletonText lines={6} />}
        {settings.isError && (
          <Alert tone="danger">
            <p>{errorText(settings.error)}</p>
            <Button
              variant="secondary"
              size="sm"
              className="mt-2"
              onClick={() => void settings.refetch()}
              icon={<RotateCw className="size-4" aria-hidden="true" />}
            >
              {t('retry')}
            </Button>
          </Alert>
        )}
        {settings.isSuccess && (
          <>
            <KindGrid settings={settings.data} onSave={save} />
            <div className="border-t border-border pt-4">
              <Checkbox
                role="switch"
                label={t('settings.emailEnabled')}
                hint={t('settings.emailEnabledHint')}
                checked={settings.data.emailEnabled}
                onChange={(event) => save({ emailEnabled: event.target.checked })}
              />
            </div>
            <QuietHours settings={settings.data} onSave={save} />
            <Digest settings={settings.data} onSave={save} />
          </>
        )}
        <PushDeviceControl />
      </SectionCard>
    </div>
  );
}
