import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../app/i18n/languages';
import { Button, RadioCards, TextField } from '../../ui';
import type { SetupDraft, SetupFieldErrors } from './setup-draft';

interface CommunityStepProps {
  draft: SetupDraft;
  onChange: (patch: Partial<SetupDraft>) => void;
  errors: SetupFieldErrors;
  onNext: () => void;
}

/** Step 1: the community's name and the language it speaks by default. */
export function CommunityStep({ draft, onChange, errors, onNext }: CommunityStepProps) {
  const { t } = useTranslation('setup');
  const [isNameMissing, setNameMissing] = useState(false);
  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (!draft.name.trim()) {
          setNameMissing(true);
          return;
        }
        onNext();
      }}
    >
      <TextField
        label={t('community.name')}
        hint={t('community.nameHint')}
        required
        maxLength={60}
        autoComplete="organization"
        value={draft.name}
        onChange={(event) => {
          setNameMissing(false);
          onChange({ name: event.target.value });
        }}
        error={isNameMissing ? t('community.nameMissing') : errors.name}
      />
      <RadioCards
        legend={t('community.language')}
        name="locale"
        value={draft.locale}
        onChange={(locale) => onChange({ locale })}
        error={errors.locale}
        options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language], lang: language }))}
      />
      <p className="-mt-2 text-sm text-text-muted">{t('community.languageHint')}</p>
      <Button type="submit" size="lg">
        {t('next')}
      </Button>
    </form>
  );
}
