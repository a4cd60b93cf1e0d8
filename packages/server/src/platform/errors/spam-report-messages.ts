import type { Locale } from '@hearth/contracts';

/**
 * Messages of ad/spam detection and member reports (modules/moderation/spam, /reports), kept
 * beside the main catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const spamReportMessages: Record<string, Record<Locale, string>> = {
  content_looks_like_spam: {
    en: 'This cannot be posted: it looks like advertising or spam (contact details, links, lures or repeated text). If it is not, rephrase it or ask a moderator.',
    'zh-TW': '無法發布：內容看起來像廣告或垃圾訊息（聯絡方式、連結、招攬字詞或重複內容）。若不是，請修改後再試，或聯絡版主。',
    'zh-CN': '无法发布：内容看起来像广告或垃圾信息（联系方式、链接、招揽词语或重复内容）。若不是，请修改后再试，或联系版主。',
  },
  cannot_report_own: {
    en: 'You cannot report your own content or profile.',
    'zh-TW': '不能檢舉自己的內容或個人檔案。',
    'zh-CN': '不能举报自己的内容或个人资料。',
  },
  already_reported: {
    en: 'You have already reported this; the moderators will look at it.',
    'zh-TW': '你已檢舉過此內容，版主會處理。',
    'zh-CN': '你已举报过此内容，版主会处理。',
  },
  report_rate_limited: {
    en: 'You can make at most {maximum} reports an hour. Try again later.',
    'zh-TW': '每小時最多檢舉 {maximum} 次，請稍後再試。',
    'zh-CN': '每小时最多举报 {maximum} 次，请稍后再试。',
  },
  report_target_not_removable: {
    en: 'DMs and profiles cannot be removed from the queue: dismiss the reports or uphold them and act on the member.',
    'zh-TW': '私訊和個人檔案無法從佇列移除：請駁回檢舉，或確認檢舉後對該成員採取處置。',
    'zh-CN': '私信和个人资料无法从队列移除：请驳回举报，或确认举报后对该成员采取处置。',
  },
};

/** Field-level codes of their invalid_input errors. */
export const spamReportFieldMessages: Record<string, Record<Locale, string>> = {
  above_hold_score: {
    en: 'The block score must be above the hold score.',
    'zh-TW': '封鎖分數必須高於暫扣審核分數。',
    'zh-CN': '拦截分数必须高于暂扣审核分数。',
  },
};
