import { memberRoutes, type Locale, type UpdateProfileBody } from '@hearth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { call } from '../../api/client';
import { useChangeLanguage } from '../../app/i18n/use-change-language';
import { paths } from '../../app/routes';
import { useToast } from '../../ui';
import type { ProfileField } from './profile-draft';
import { useApplyMe } from './use-apply-me';

export interface SaveProfileRequest {
  body: UpdateProfileBody;
  /** How the server's error paths map to the form's fields for this very request. */
  errorPaths: Record<string, ProfileField>;
  /** The language the profile had before, to switch the interface only when it changed. */
  previousLocale: Locale;
}

/** PATCH /api/me; then the session has the new profile, the interface follows a new language, and we show the profile. */
export function useSaveProfile() {
  const { t } = useTranslation('profile');
  const applyMe = useApplyMe();
  const changeLanguage = useChangeLanguage();
  const toast = useToast();
  const [, navigate] = useLocation();
  return useMutation({
    mutationFn: (request: SaveProfileRequest) => call(memberRoutes.updateMe, { body: request.body }),
    onSuccess: ({ member }, request) => {
      applyMe(member);
      toast.show({ title: t('saved'), tone: 'success' });
      if (member.locale !== request.previousLocale) changeLanguage(member.locale);
      navigate(paths.member(member.id));
    },
  });
}
