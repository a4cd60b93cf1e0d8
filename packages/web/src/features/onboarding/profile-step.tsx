import { memberRoutes } from '@hearth/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSignedInMember } from '../../app/session/session-context';
import { useFormErrors } from '../../app/use-form-errors';
import { Alert, CharacterCount, TextArea } from '../../ui';
import { AvatarEditor } from '../profile/avatar-editor';
import { BIO_MAX } from '../profile/profile-draft';
import { useApplyMe } from '../profile/use-apply-me';
import { StepCard } from './step-card';
import { useCompleteStep } from './use-complete-step';

/** Step 3: a photo and/or a short bio (the server asks for at least one). */
export function ProfileStep() {
  const { t } = useTranslation(['onboarding', 'profile']);
  const me = useSignedInMember();
  const applyMe = useApplyMe();
  const [bio, setBio] = useState(me.bio);
  const complete = useCompleteStep('profile');
  const errors = useFormErrors(complete.error, { bio: 'bio' });
  const saveBio = async () => {
    if (bio !== me.bio) applyMe((await call(memberRoutes.updateMe, { body: { bio } })).member);
  };
  return (
    <StepCard
      title={t('steps.profile.title')}
      description={t('steps.profile.description')}
      submitLabel={t('continue')}
      isSubmitting={complete.isPending}
      onSubmit={() => complete.mutate({ before: saveBio })}
    >
      {errors.form && <Alert tone="danger">{errors.form}</Alert>}
      <AvatarEditor me={me} />
      <TextArea
        label={t('profile:fields.bio')}
        rows={3}
        maxLength={BIO_MAX}
        placeholder={t('profile:fields.bioPlaceholder')}
        value={bio}
        onChange={(event) => setBio(event.target.value)}
        error={errors.fields.bio}
        hint={<CharacterCount value={bio} max={BIO_MAX} label={t('profile:fields.count', { used: bio.length, max: BIO_MAX })} />}
      />
    </StepCard>
  );
}
