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

export interface ModerationTables {
  moderationWord: ModerationWordTable;
  moderationAllowedPhrase: ModerationAllowedPhraseTable;
  moderationFilter: ModerationFilterTable;
}
