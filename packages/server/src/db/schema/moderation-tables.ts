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
}

export interface ModerationTables {
  moderationHold: ModerationHoldTable;
  moderationWord: ModerationWordTable;
  moderationAllowedPhrase: ModerationAllowedPhraseTable;
  moderationFilter: ModerationFilterTable;
}
