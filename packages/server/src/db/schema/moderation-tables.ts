import type { Generated } from 'kysely';

/**
 * The word filter's tables (migration 0015; modules/moderation). `word_key` / `phrase_key`
 * is the normalised form (modules/moderation/normalize.ts `wordKey`): two words the filter
 * cannot tell apart (蘇州 and 苏州, ＷＸ and wx) are one entry.
 */
export interface ModerationWordTable {
  id: string;
  word: string;
  wordKey: string;
  action: 'block' | 'review' | 'mask' | 'tag';
  category: 'ads' | 'abuse' | 'adult' | 'politics' | 'custom';
  createdBy: string | null;
  createdAt: number;
}

export interface ModerationAllowedPhraseTable {
  id: string;
  phrase: string;
  phraseKey: string;
  createdBy: string | null;
  createdAt: number;
}

/** One row: the lists' version, bumped in the transaction of every change, so every node rebuilds its matcher. */
export interface ModerationFilterTable {
  id: number;
  version: number;
  updatedAt: number;
}

/** A thread or reply held by a review word (migration 0018); `matches` is JSON (HeldMatch[]). */
export interface ModerationHoldTable {
  id: string;
  subjectKind: 'post' | 'comment';
  subjectId: string;
  postId: string;
  spaceId: string;
  authorId: string;
  title: string | null;
  body: string;
  matches: string;
  status: 'held' | 'approved' | 'removed';
  reason: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  createdAt: number;
  /** JSON SpamSignal[] (migration 0021); '[]' for a word hold. */
  signals: Generated<string>;
}

/** The owner's spam thresholds (migration 0021; one row, id 1, absent until first changed). */
export interface ModerationSpamSettingsTable {
  id: number;
  enabled: number;
  holdScore: number;
  blockScore: number;
  trustedLevel: number;
  reporterLevel: number;
  reportsToHide: number;
  updatedBy: string | null;
  updatedAt: number | null;
}

/** A recent write of a member below the trust threshold: its simhash and link count (migration 0021). */
export interface ModerationSpamTraceTable {
  id: string;
  authorId: string;
  hashHigh: number;
  hashLow: number;
  links: number;
  createdAt: number;
}

/** The classifier as last retrained (migration 0021; one row, id 1). `model` is JSON SpamModel. */
export interface ModerationSpamModelTable {
  id: number;
  model: string;
  hamDecisions: number;
  spamDecisions: number;
  trainedAt: number;
}

/** One member's report of one target (migration 0021). */
export interface ModerationReportTable {
  id: string;
  targetKind: 'post' | 'comment' | 'message' | 'dm' | 'profile';
  targetId: string;
  targetAuthorId: string;
  reporterId: string;
  reason: 'spam' | 'abuse' | 'off_topic' | 'other';
  note: string;
  excerpt: string;
  url: string;
  /** 1 when the reporter was an established member then (their reports count towards hiding). */
  trusted: number;
  status: 'open' | 'dismissed' | 'upheld' | 'removed';
  handledBy: string | null;
  handledAt: number | null;
  createdAt: number;
}

export interface ModerationTables {
  moderationSpamSettings: ModerationSpamSettingsTable;
  moderationSpamTrace: ModerationSpamTraceTable;
  moderationSpamModel: ModerationSpamModelTable;
  moderationReport: ModerationReportTable;
  moderationHold: ModerationHoldTable;
  moderationWord: ModerationWordTable;
  moderationAllowedPhrase: ModerationAllowedPhraseTable;
  moderationFilter: ModerationFilterTable;
}
