/**
 * Table types as Kysely sees them (camelCase through CamelCasePlugin; the database is
 * snake_case). Timestamps are epoch milliseconds, booleans 0/1 integers and JSON columns
 * text on both engines, so one migration set and one set of queries serve SQLite and
 * PostgreSQL alike.
 */
import type { Generated } from 'kysely';
import type { ChatTables } from './schema/chat-tables.js';
import type { EconomyTables } from './schema/economy-tables.js';
import type { PeopleTables } from './schema/people-tables.js';
import type { EarningTables } from './schema/earning-tables.js';
import type { BadgeTables } from './schema/badge-tables.js';
import type { ChipTables } from './schema/chip-tables.js';
import type { LedgerTables } from './schema/ledger-tables.js';
import type { ModerationTables } from './schema/moderation-tables.js';
import type { NotificationTables } from './schema/notification-tables.js';
import type { PerkTables } from './schema/perk-tables.js';
import type { MarketTables } from './schema/market-tables.js';
import type { SearchTables } from './schema/search-tables.js';
import type { PenaltyAuditTables } from './schema/penalty-audit-tables.js';
import type { TrustTables } from './schema/trust-tables.js';
import type { OversightTables } from './schema/oversight-tables.js';

export interface CommunityTable {
  id: string;
  name: string;
  description: string;
  welcome: string;
  locale: string;
  joinPolicy: string;
  questions: string;
  accentColor: string;
  logoKey: string | null;
  /** The site's origin as seen when the community was set up; links in mails use it. */
  publicUrl: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TierTable {
  id: string;
  name: string;
  description: string;
  perks: string;
  rank: number;
  isDefault: number;
  createdAt: number;
}

export interface MemberTable {
  id: string;
  email: string;
  displayName: string;
  nameFolded: string;
  role: string;
  tierId: string;
  status: string;
  /** 1 when the member appears in the directory (active or muted), kept with status. */
  listed: number;
  bio: string;
  location: string;
  links: string;
  interests: string;
  locale: string;
  timeZone: string;
  avatarKey: string | null;
  source: string | null;
  inviteId: string | null;
  answers: string;
  emailVerifiedAt: number | null;
  onboarding: string;
  decidedAt: number | null;
  decisionReason: string | null;
  createdAt: number;
  updatedAt: number;
  lastSeenAt: number | null;
}

export interface MemberNameGramTable {
  gram: string;
  createdAt: number;
  memberId: string;
}

export interface MemberChangeTable {
  id: string;
  memberId: string;
  field: string;
  fromValue: string | null;
  toValue: string;
  actorId: string | null;
  reason: string | null;
  createdAt: number;
}

export interface InviteTable {
  id: string;
  code: string;
  source: string | null;
  maxUses: number | null;
  uses: number;
  expiresAt: number | null;
  revokedAt: number | null;
  createdBy: string;
  createdAt: number;
}

export interface TopicTable {
  slug: string;
  name: string;
  position: number;
}

export interface CredentialTable {
  memberId: string;
  passwordHash: string | null;
  updatedAt: number;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  memberId: string;
  userAgent: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface AuthTokenTable {
  id: string;
  tokenHash: string;
  kind: string;
  memberId: string;
  email: string | null;
  expiresAt: number;
  usedAt: number | null;
  createdAt: number;
}

export interface MailTable {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  status: string;
  error: string | null;
  attempts: number;
  createdAt: number;
  sentAt: number | null;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  requestHash: string;
  status: number;
  body: string;
  createdAt: number;
}

export interface JobTable {
  id: string;
  name: string;
  payload: string;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  lockedUntil: number | null;
  lastError: string | null;
  createdAt: number;
  doneAt: number | null;
}

export interface SpaceSectionTable {
  id: string;
  name: string;
  position: number;
  createdAt: number;
}

export interface SpaceTable {
  id: string;
  sectionId: string | null;
  name: string;
  description: string;
  icon: string;
  kind: string;
  minTierRank: number | null;
  private: number;
  postMinTierRank: number | null;
  position: number;
  conversationId: string | null;
  activitySeq: number;
  lastActivityAt: number | null;
  archivedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface SpaceMemberTable {
  spaceId: string;
  memberId: string;
  muted: number;
  readSeq: number;
  joinedAt: number;
}

export interface PostTable {
  id: string;
  spaceId: string;
  authorId: string;
  title: string;
  body: string;
  html: string;
  text: string;
  status: string;
  pinnedAt: number | null;
  lockedAt: number | null;
  commentCount: number;
  reactionCount: number;
  acceptedCommentId: string | null;
  editedAt: number | null;
  deletedAt: number | null;
  createdAt: number;
  lastActivityAt: number;
  /** A scheduled thread's going-out time (status `scheduled` until then); kept once published. */
  publishAt: number | null;
  /** Bumped by every change to what the thread's page shows; the thread-page cache's key. */
  version: Generated<number>;
}

export interface PollTable {
  id: string;
  postId: string;
  question: string | null;
  multiple: number;
  maxChoices: number;
  closesAt: number | null;
  /** `always` or `after_vote` (shown once the reader voted, or the poll closed). */
  resultsVisibility: string;
  createdAt: number;
  updatedAt: number;
}

export interface PollOptionTable {
  id: string;
  pollId: string;
  position: number;
  label: string;
}

export interface PollVoteTable {
  pollId: string;
  memberId: string;
  optionId: string;
  createdAt: number;
}

export interface BookmarkTable {
  id: string;
  memberId: string;
  subjectKind: string;
  subjectId: string;
  /** The thread: the subject itself, or the comment's thread. */
  postId: string;
  createdAt: number;
}

/** One row; a trigger bumps it whenever a member's name or avatar changes (see migration 0012). */
export interface AuthorRefVersionTable {
  id: number;
  version: number;
}

export interface CommentTable {
  id: string;
  postId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  html: string;
  text: string;
  status: string;
  reactionCount: number;
  editedAt: number | null;
  deletedAt: number | null;
  createdAt: number;
}

export interface RevisionTable {
  id: string;
  subjectKind: string;
  subjectId: string;
  title: string | null;
  body: string;
  editorId: string;
  createdAt: number;
}

export interface ReactionTable {
  subjectKind: string;
  subjectId: string;
  emoji: string;
  memberId: string;
  createdAt: number;
}

export interface UploadTable {
  id: string;
  ownerId: string | null;
  /** `upload` (a member's) or `preview` (a link preview's image). */
  kind: string;
  blobKey: string;
  token: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  name: string;
  createdAt: number;
}

export interface LinkPreviewTable {
  urlHash: string;
  url: string;
  /** `pending`, `ready` or `failed`. */
  status: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageUploadId: string | null;
  requestedAt: number;
  fetchedAt: number | null;
  expiresAt: number;
}

export interface Database
  extends
    LedgerTables,
    ModerationTables,
    EconomyTables,
    EarningTables,
    ChipTables,
    ChatTables,
    NotificationTables,
    SearchTables,
    PenaltyAuditTables,
    PerkTables,
    MarketTables,
    PeopleTables,
    TrustTables,
    BadgeTables,
    OversightTables {
  community: CommunityTable;
  tier: TierTable;
  member: MemberTable;
  memberNameGram: MemberNameGramTable;
  memberChange: MemberChangeTable;
  invite: InviteTable;
  topic: TopicTable;
  credential: CredentialTable;
  session: SessionTable;
  authToken: AuthTokenTable;
  mail: MailTable;
  idempotencyKey: IdempotencyKeyTable;
  job: JobTable;
  spaceSection: SpaceSectionTable;
  space: SpaceTable;
  spaceMember: SpaceMemberTable;
  post: PostTable;
  comment: CommentTable;
  revision: RevisionTable;
  reaction: ReactionTable;
  upload: UploadTable;
  linkPreview: LinkPreviewTable;
  poll: PollTable;
  pollOption: PollOptionTable;
  pollVote: PollVoteTable;
  bookmark: BookmarkTable;
  authorRefVersion: AuthorRefVersionTable;
  /** One row (id 1), bumped by triggers on member and tier changes (migration 0016). */
  directoryVersion: AuthorRefVersionTable;
  /** Present only to satisfy Kysely's Generated import for future serial columns. */
  _unused?: { id: Generated<number> };
}
