/** Notifications, their settings, thread follows and web push. */
export interface NotificationTable {
  id: string;
  recipientId: string;
  kind: string;
  actorId: string | null;
  actorCount: number;
  eventCount: number;
  groupKey: string | null;
  spaceId: string | null;
  postId: string | null;
  conversationId: string | null;
  subjectId: string;
  title: string;
  excerpt: string;
  url: string;
  emoji: string | null;
  action: string | null;
  createdAt: number;
  updatedAt: number;
  readAt: number | null;
  emailedAt: number | null;
}

export interface NotificationActorTable {
  notificationId: string;
  actorId: string;
}

export interface NotificationSettingsTable {
  memberId: string;
  /** JSON: per-kind channel choices that differ from the defaults. */
  kinds: string;
  /** Minutes after local midnight; both null when there are no quiet hours. */
  quietStart: number | null;
  quietEnd: number | null;
  digest: string;
  emailEnabled: number;
  nextDigestAt: number | null;
  lastDigestAt: number | null;
  updatedAt: number;
}

export interface ThreadFollowTable {
  memberId: string;
  postId: string;
  level: string;
  updatedAt: number;
}

export interface PushSubscriptionTable {
  id: string;
  memberId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  createdAt: number;
  lastSentAt: number | null;
}

export interface PushKeyTable {
  id: number;
  publicKey: string;
  privateKey: string;
  createdAt: number;
}

/** The notifications module's tables, merged into `Database` (db/schema.ts). */
export interface NotificationTables {
  notification: NotificationTable;
  notificationActor: NotificationActorTable;
  notificationSettings: NotificationSettingsTable;
  threadFollow: ThreadFollowTable;
  pushSubscription: PushSubscriptionTable;
  pushKey: PushKeyTable;
}
