import type { Community, Locale } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommunity } from '../../../api/session';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../app/i18n/languages';
import { useFormErrors } from '../../../app/use-form-errors';
import { Alert, Button, Card, RadioCards, SkeletonText, TextArea, TextField, useToast } from '../../../ui';
import { AdminPage } from '../shared/admin-page';
import { QueryError } from '../shared/query-error';
import { useUpdateCommunity } from '../shared/use-update-community';
import { AccentColourField } from './accent-colour-field';

type Field = 'name' | 'description' | 'welcome' | 'locale' | 'accentColor';

function CommunityForm({ community }: { community: Community }) {
  const { t } = useTranslation('admin');
  const toast = useToast();
  const [values, setValues] = useState({
    name: community.name,
    description: community.description,
    welcome: community.welcome,
    locale: community.locale,
    accentColor: community.accentColor,
  });
  const save = useUpdateCommunity();
  // The server's verdict on a colour holds until another colour is picked; then the live contrast guide takes over.
  const [submittedAccent, setSubmittedAccent] = useState(community.accentColor);
  const errors = useFormErrors<Field>(save.error, {
    name: 'name',
    description: 'description',
    welcome: 'welcome',
    locale: 'locale',
    accentColor: 'accentColor',
  });
  const set = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmittedAccent(values.accentColor);
        save.mutate(
          { ...values, name: values.name.trim() },
          { onSuccess: () => toast.show({ tone: 'success', title: t('community.saved') }) },
        );
      }}
    >
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <Card as="section" aria-labelledby="identity-title" className="flex flex-col gap-4">
        <h2 id="identity-title" className="text-lg font-semibold">
          {t('community.identityTitle')}
        </h2>
        <TextField
          label={t('community.name')}
          required
          maxLength={60}
          value={values.name}
          onChange={(event) => set({ name: event.target.value })}
          error={errors.fields.name}
        />
        <TextArea
          label={t('community.descriptionField')}
          hint={t('community.descriptionHint')}
          rows={3}
          maxLength={2000}
          value={values.description}
          onChange={(event) => set({ description: event.target.value })}
          error={errors.fields.description}
        />
        <TextArea
          label={t('community.welcome')}
          hint={t('community.welcomeHint')}
          rows={5}
          maxLength={2000}
          value={values.welcome}
          onChange={(event) => set({ welcome: event.target.value })}
          error={errors.fields.welcome}
        />
      </Card>
      <Card as="section" aria-labelledby="look-title" className="flex flex-col gap-4">
        <h2 id="look-title" className="text-lg font-semibold">
          {t('community.lookTitle')}
        </h2>
        <RadioCards<Locale>
          legend={t('community.language')}
          name="locale"
          value={values.locale}
          onChange={(locale) => set({ locale })}
          error={errors.fields.locale}
          options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language], lang: language }))}
        />
        <p className="-mt-2 text-sm text-text-muted">{t('community.languageHint')}</p>
        <AccentColourField
          value={values.accentColor}
          onChange={(accentColor) => set({ accentColor })}
          error={values.accentColor === submittedAccent ? errors.fields.accentColor : null}
        />
      </Card>
      <Button type="submit" className="self-start" isLoading={save.isPending}>
        {t('actions.save')}
      </Button>
    </form>
  );
}

/** The community's name, description, welcome message, default language and accent colour. */
export default function CommunityPage() {
  const { t } = useTranslation('admin');
  const community = useCommunity();
  return (
    <AdminPage title={t('sections.community.title')} description={t('community.description')}>
      {community.isPending && <SkeletonText lines={8} />}
      {community.isError && <QueryError error={community.error} onRetry={() => void community.refetch()} />}
      {community.data && <CommunityForm community={community.data} />}
    </AdminPage>
  );
}
