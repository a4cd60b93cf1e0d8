import type { Locale } from '@hearth/contracts';

/**
 * Messages of the word filter's error codes (modules/moderation), kept beside the main
 * catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const moderationMessages: Record<string, Record<Locale, string>> = {
  word_list_full: {
    en: 'The word filter holds at most {maximum} words. Remove some first.',
    'zh-TW': '過濾詞最多 {maximum} 個，請先移除一些。',
    'zh-CN': '过滤词最多 {maximum} 个，请先移除一些。',
  },
  allow_list_full: {
    en: 'The allow-list holds at most {maximum} phrases. Remove some first.',
    'zh-TW': '允許清單最多 {maximum} 條，請先移除一些。',
    'zh-CN': '允许清单最多 {maximum} 条，请先移除一些。',
  },
};

/** Field-level codes of the word filter's invalid_input errors. */
export const moderationFieldMessages: Record<string, Record<Locale, string>> = {
  too_long: { en: 'At most 60 characters.', 'zh-TW': '最多 60 個字。', 'zh-CN': '最多 60 个字。' },
  too_short: {
    en: 'A single letter or digit would match too much; list a longer word.',
    'zh-TW': '單一字母或數字會誤中太多內容，請列出較長的詞。',
    'zh-CN': '单个字母或数字会误中太多内容，请列出较长的词。',
  },
  nothing_to_match: {
    en: 'Only punctuation, symbols or emoji: nothing the filter could match.',
    'zh-TW': '只有標點、符號或表情符號，過濾器無從比對。',
    'zh-CN': '只有标点、符号或表情符号，过滤器无从比对。',
  },
  invalid_unicode: {
    en: 'The text contains broken characters (unpaired surrogates).',
    'zh-TW': '文字中有損壞的字元（不成對的代理字元）。',
    'zh-CN': '文字中有损坏的字符（不成对的代理字符）。',
  },
  text_or_lines: {
    en: 'Send either the text or the lines, not both.',
    'zh-TW': '請傳送文字或逐行清單，擇一即可。',
    'zh-CN': '请发送文字或逐行列表，二选一。',
  },
};
