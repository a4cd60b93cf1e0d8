import type { notificationRoutes, NotificationSettings, RouteBody } from '@hearth/contracts';

export type SettingsPatch = RouteBody<typeof notificationRoutes.updateNotificationSettings>;

/** The settings with a patch applied, as the server will store them (kinds merge channel by channel). */
export function applySettingsPatch(settings: NotificationSettings, patch: SettingsPatch): NotificationSettings {
  const kinds = { ...settings.kinds };
  for (const [kind, prefs] of Object.entries(patch.kinds ?? {}) as [keyof typeof kinds, Partial<(typeof kinds)[keyof typeof kinds]>][])
    kinds[kind] = { ...kinds[kind], ...prefs };
  return {
    ...settings,
    kinds,
    ...(patch.quietHours !== undefined ? { quietHours: patch.quietHours } : {}),
    ...(patch.digest !== undefined ? { digest: patch.digest } : {}),
    ...(patch.emailEnabled !== undefined ? { emailEnabled: patch.emailEnabled } : {}),
  };
}
