import { LocateFixed } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Combobox } from '../../ui';
import { browserTimeZone } from './profile-draft';
import { timeZoneOptions } from './time-zones';

/** The member's time zone, searchable by city, region or local name; one tap for this device's zone. */
export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (zone: string) => void; error?: string | null }) {
  const { t, i18n } = useTranslation('profile');
  const options = useMemo(() => timeZoneOptions(i18n.language, value), [i18n.language, value]);
  const deviceZone = browserTimeZone();
  return (
    <div className="flex flex-col gap-2">
      <Combobox
        label={t('fields.timeZone')}
        hint={t('fields.timeZoneHint')}
        options={options}
        value={value}
        onChange={onChange}
        noMatchesText={t('fields.timeZoneNoMatch')}
        error={error}
      />
      {deviceZone && deviceZone !== value && (
        <Button
          variant="ghost"
          size="sm"
          className="self-start"
          onClick={() => onChange(deviceZone)}
          icon={<LocateFixed className="size-4" aria-hidden="true" />}
        >
          {t('fields.useDeviceTimeZone', { zone: deviceZone.replaceAll('_', ' ') })}
        </Button>
      )}
    </div>
  );
}
