import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';

/** What a listed word does to content that contains it: refuse, hold for review, mask as ***, or only tag. */
export const FilterAction = z.enum(['block', 'review', 'mask', 'tag']);
export type FilterAction = z.infer<typeof FilterAction>;

export const FilterCategory = z.enum(['ads', 'abuse', 'adult', 'politics', 'custom']);
export type FilterCategory = z.infer<typeof FilterCategory>;

/** A list of the word filter: the words of one action, or the allow-list. */
export const FilterList = z.enum(['block', 'review', 'mask', 'tag', 'allow']);
export type FilterList = z.infer<typeof FilterList>;

/** The decision the filter takes for a text. */
export const FilterVerdict = z.enum(['allow', 'review', 'block']);
export type FilterVerdict = z.infer<typeof FilterVerdict>;

/** Most words (all actions together) a community keeps; most allowed phrases. */
export const MAX_FILTER_WORDS = 50_000;
export const MAX_ALLOWED_PHRASES = 5_000;
/** Longest word or allowed phrase, in characters. */
export const MAX_FILTER_WORD_LENGTH = 60;
/** Most lines one import takes; longest text the check route takes. */
export const MAX_IMPORT_LINES = 20_000;
export const MAX_CHECK_TEXT = 50_000;

/** True when the string has no unpaired UTF-16 surrogate (what JSON's \ud800 escapes can smuggle in). */
export function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Text checked by the filter: plain text without control characters or broken Unicode. */
export const FilterText = (max: number, min = 0) => PlainText(max).min(min).refine(isWellFormedText, 'invalid_unicode');

/** A word or phrase as an admin types it (matched literally: `*`, `.` and `(` are just characters). */
export const FilterWordText = z.string().trim().min(1).max(MAX_FILTER_WORD_LENGTH).pipe(FilterText(MAX_FILTER_WORD_LENGTH));

export const FilterWord = z.object({
  id: Id,
  word: z.string(),
  action: FilterAction,
  category: FilterCategory,
  createdAt: IsoTime,
});
export type FilterWord = z.infer<typeof FilterWord>;

/** A lure of the built-in list (V信, 薇信, wx, 加V …): always on, in the `ads` category. */
export const BuiltInLure = z.object({ word: z.string(), action: FilterAction, category: FilterCategory });
export type BuiltInLure = z.infer<typeof BuiltInLure>;

export const FilterWordQuery = z.object({
  action: FilterAction.optional(),
  category: FilterCategory.optional(),
  /** Words containing this (folded like the filter folds: 繁/简, case, width). */
  q: z.string().trim().max(MAX_FILTER_WORD_LENGTH).optional(),
});

export const FilterWordList = z.object({
  words: z.array(FilterWord),
  builtIns: z.array(BuiltInLure),
  /** Changes whenever any list changes. */
  version: z.number().int(),
});
export type FilterWordList = z.infer<typeof FilterWordList>;

export const FilterWordInput = z.object({
  word: FilterWordText,
  action: FilterAction,
  category: FilterCategory.default('custom'),
});
export type FilterWordInput = z.input<typeof FilterWordInput>;

export const ReplaceFilterWordsBody = z.object({ words: z.array(FilterWordInput).max(MAX_FILTER_WORDS) });
export const AddFilterWordsBody = z.object({ words: z.array(FilterWordInput).min(1).max(1000) });

export const AddFilterWordsResult = z.object({
  added: z.array(FilterWord),
  /** Words already listed (under any action), or given twice: left as they were. */
  duplicates: z.array(z.string()),
  version: z.number().int(),
});
export type AddFilterWordsResult = z.infer<typeof AddFilterWordsResult>;

export const ImportFilterWordsBody = z
  .object({
    list: FilterList,
    /** Category of imported words (not used by the allow-list). */
    category: FilterCategory.default('custom'),
    /** The file's content or pasted text: one word per line. */
    text: z.string().max(1_000_000).optional(),
    /** Or the lines themselves. */
    lines: z.array(z.string().max(1000)).max(MAX_IMPORT_LINES).optional(),
  })
  .refine((body) => (body.text === undefined) !== (body.lines === undefined), { message: 'text_or_lines', path: ['text'] });

export const ImportInvalidReason = z.enum(['too_long', 'control_characters', 'invalid_unicode', 'nothing_to_match', 'too_short']);
export type ImportInvalidReason = z.infer<typeof ImportInvalidReason>;

export const ImportFilterWordsResult = z.object({
  added: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.number().int(),
  /** The first 50 refused lines (1-based line numbers) and why. */
  invalidLines: z.array(z.object({ line: z.number().int(), text: z.string(), reason: ImportInvalidReason })),
  version: z.number().int(),
});
export type ImportFilterWordsResult = z.infer<typeof ImportFilterWordsResult>;

export const ExportFilterWordsQuery = z.object({ list: FilterList, category: FilterCategory.optional() });

export const AllowedPhrase = z.object({ id: Id, phrase: z.string(), createdAt: IsoTime });
export type AllowedPhrase = z.infer<typeof AllowedPhrase>;

export const AllowedPhraseList = z.object({ items: z.array(AllowedPhrase), version: z.number().int() });
export type AllowedPhraseList = z.infer<typeof AllowedPhraseList>;
export const AddAllowedPhrasesBody = z.object({ phrases: z.array(FilterWordText).min(1).max(1000) });
export const AddAllowedPhrasesResult = z.object({
  added: z.array(AllowedPhrase),
  duplicates: z.array(z.string()),
  version: z.number().int(),
});
export type AddAllowedPhrasesResult = z.infer<typeof AddAllowedPhrasesResult>;

export const CheckTextBody = z.object({
  text: FilterText(MAX_CHECK_TEXT, 1),
  /** Whose text it would be; the word filter decides the same for everyone. */
  authorId: Id.optional(),
});

/** One reason for a verdict: a listed word found in the text. `start`/`end` are UTF-16 offsets into the text as sent. */
export const FilterReason = z.object({
  kind: z.literal('word'),
  /** The text as written where the word was found (`傻 b`, `ｗｘ`). */
  match: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  word: z.string(),
  action: FilterAction,
  category: FilterCategory,
  builtIn: z.boolean(),
});
export type FilterReason = z.infer<typeof FilterReason>;

export const CheckTextResult = z.object({
  verdict: FilterVerdict,
  reasons: z.array(FilterReason),
  /** The text with every `mask` word replaced by ***. */
  masked: z.string(),
  /** Categories of the words found, for tagging. */
  tags: z.array(FilterCategory),
});
export type CheckTextResult = z.infer<typeof CheckTextResult>;
