/** Where a member reads a penalty's notice and appeals it (the notification links here). */
export const noticePath = (id: string) => `/moderation/notices/${encodeURIComponent(id)}`;
