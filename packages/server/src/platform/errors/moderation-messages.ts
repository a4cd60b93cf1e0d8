import type { Locale } from '@hearth/contracts';

/**
 * Messages of the word filter's error codes (modules/moderation), kept beside the main
 * catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const moderationMessages: Record<string, Record<Locale, string>> = {
  content_refused: {
    en: 'This cannot be posted: it contains words this community does not allow ({words}).',
    'zh-TW': '無法發布：內容含有本社群不允許的字詞（{words}）。',
    'zh-CN': '无法发布：内容含有本社区不允许的词语（{words}）。',
  },
  content_held_for_review: {
    en: 'Not sent: it contains words that need a moderator’s review here ({words}). Rephrase it to send it.',
    'zh-TW': '未送出：內容含有需經版主審核的字詞（{words}），請修改後再送出。',
    'zh-CN': '未发送：内容含有需经版主审核的词语（{words}），请修改后再发送。',
  },
  thread_pending: {
    en: 'This thread is waiting for a moderator’s review; replies open once it is approved.',
    'zh-TW': '此討論串正等待版主審核，核准後才能回覆。',
    'zh-CN': '此讨论串正等待版主审核，批准后才能回复。',
  },
  hold_decided: {
    en: 'A moderator has already decided on this item.',
    'zh-TW': '已有版主處理過此項目。',
    'zh-CN': '已有版主处理过此项目。',
  },
  hold_own_content: {
    en: 'This is your own content: another moderator decides on it.',
    'zh-TW': '這是你自己的內容，須由其他版主處理。',
    'zh-CN': '这是你自己的内容，须由其他版主处理。',
  },
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
