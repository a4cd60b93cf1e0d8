import { notificationRoutes } from '@hearth/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../api/api-query';
import { call } from '../../api/client';
import { useErrorText } from '../../app/use-error-text';
import { useToast } from '../../ui';
import { applySettingsPatch, type SettingsPatch } from './settings-patch';

export type { SettingsPatch };

export const notificationSettingsQuery = apiQuery(notificationRoutes.getNotificationSettings);

/**
 * The member's notification settings and a save that shows each change at once; if the
 * server refuses, that change alone is taken back and the reason shown in a toast.
 */
export function useNotificationSettings() {
  const { t } = useTranslation('notifications');
  const queryClient = useQueryClient();
  const toast = useToast();
  const errorText = useErrorText();
  const settings = useQuery(notificationSettingsQuery);
  const save = useMutation({
    mutationFn: (patch: SettingsPatch) => call(notificationRoutes.updateNotificationSettings, { body: patch }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: notificationSettingsQuery.queryKey });
      const previous = queryClient.getQueryData(notificationSettingsQuery.queryKey);
      if (previous) queryClient.setQueryData(notificationSettingsQuery.queryKey, applySettingsPatch(previous, patch));
      return { previous };
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationSettingsQuery.queryKey, saved);
      toast.show({ tone: 'success', title: t('settings.saved') });
    },
    onError: (error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(notificationSettingsQuery.queryKey, context.previous);
      void queryClient.invalidateQueries({ queryKey: notificationSettingsQuery.queryKey });
      toast.show({ tone: 'danger', title: errorText(error) });
    },
  });
  return { settings, save: (patch: SettingsPatch) => save.mutate(patch) };
}
