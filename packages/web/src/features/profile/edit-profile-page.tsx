import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LANGUAGE_NAMES, LANGUAGES } from '../../app/i18n/languages';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, Button, buttonClass, CharacterCount, PageHeader, RadioCards, SectionCard, TextArea, TextField } from '../../ui';
import { AvatarEditor } from './avatar-editor';
import { InterestsPicker } from './interests-picker';
import { LinksEditor } from './links-editor';
import { BIO_MAX, draftFromMe, LOCATION_MAX, toUpdateBody, type ProfileDraft, type ProfileField } from './profile-draft';
import { TimeZoneField } from './time-zone-field';
import { useSaveProfile } from './use-save-profile';

/** A control the server refused: a field, or the first chip of a refused chip group. */
const FIRST_INVALID = ':is(input, textarea, select)[aria-invalid="true"], fieldset[aria-invalid="true"] input';

/** /me/edit: photo, name and bio, links, interests, language and time zone. */
export default function EditProfilePage() {
  const { t } = useTranslation('profile');
  const me = useSignedInMember();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromMe(me));
  const update = (patch: Partial<ProfileDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const save = useSaveProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useFormErrors<ProfileField>(save.error, save.variables?.errorPaths ?? {});
  useDocumentTitle(t('title'));

  return (
    <div className="flex flex-col gap-5">
      <PageHeader title={t('title')} description={t('description')} />
      <SectionCard title={t('sections.photo')} description={t('sections.photoHint')}>
        <AvatarEditor me={me} />
      </SectionCard>
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            { ...toUpdateBody(draft), previousLocale: me.locale },
            // Take the member to the first field the server refused (after React has marked it).
            { onError: () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(FIRST_INVALID)?.focus()) },
          );
        }}
      >
        {errors.form && <Alert tone="danger">{errors.form}</Alert>}
        <SectionCard title={t('sections.about')}>
          <TextField
            label={t('fields.displayName')}
            required
            maxLength={50}
            autoComplete="nickname"
            value={draft.displayName}
            onChange={(event) => update({ displayName: event.target.value })}
            error={errors.fields.displayName}
          />
          <TextArea
            label={t('fields.bio')}
            rows={4}
            maxLength={BIO_MAX}
            placeholder={t('fields.bioPlaceholder')}
            value={draft.bio}
            onChange={(event) => update({ bio: event.target.value })}
            error={errors.fields.bio}
            hint={<CharacterCount value={draft.bio} max={BIO_MAX} label={t('fields.count', { used: draft.bio.length, max: BIO_MAX })} />}
          />
          <TextField
            label={t('fields.location')}
            placeholder={t('fields.locationPlaceholder')}
            maxLength={LOCATION_MAX}
            autoComplete="address-level2"
            value={draft.location}
            onChange={(event) => update({ location: event.target.value })}
            error={errors.fields.location}
          />
        </SectionCard>
        <SectionCard title={t('links.title')} description={t('links.description')}>
          <LinksEditor links={draft.links} onChange={(links) => update({ links })} errors={errors.fields} />
        </SectionCard>
        <SectionCard title={t('interests.title')} description={t('interests.description')}>
          <InterestsPicker
            legend={t('interests.title')}
            isLegendHidden
            values={draft.interests}
            onChange={(interests) => update({ interests })}
            error={errors.fields.interests}
          />
        </SectionCard>
        <SectionCard title={t('sections.region')}>
          <RadioCards
            legend={t('fields.language')}
            name="locale"
            value={draft.locale}
            onChange={(locale) => update({ locale })}
            error={errors.fields.locale}
            options={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language], lang: language }))}
          />
          <p className="-mt-2 text-sm text-text-muted">{t('fields.languageHint')}</p>
          <TimeZoneField value={draft.timeZone} onChange={(timeZone) => update({ timeZone })} error={errors.fields.timeZone} />
        </SectionCard>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Link href={paths.member(me.id)} className={buttonClass({ variant: 'secondary' })}>
            {t('cancel')}
          </Link>
          <Button type="submit" isLoading={save.isPending}>
            {t('save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
