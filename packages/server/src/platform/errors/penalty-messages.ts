import type { Locale } from '@hearth/contracts';

/**
 * Messages of penalties, appeals and bans (modules/moderation/penalties), kept beside the
 * main catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const penaltyMessages: Record<string, Record<Locale, string>> = {
  member_muted: {
    en: 'You are muted until {until} and cannot post, chat, message or tip. Reason: {reason}',
    'zh-TW': '你已被禁言至 {until}，暫時無法發文、聊天、私訊或打賞。原因：{reason}',
    'zh-CN': '你已被禁言至 {until}，暂时无法发帖、聊天、私信或打赏。原因：{reason}',
  },
  penalty_self: {
    en: 'You cannot take moderation action on yourself.',
    'zh-TW': '你不能對自己執行管理處分。',
    'zh-CN': '你不能对自己执行管理处分。',
  },
  penalty_outranked: {
    en: 'This member’s role ({role}) is equal to or higher than yours; only a higher role can act on them.',
    'zh-TW': '此成員的角色（{role}）與你相同或更高，只有更高角色才能處分。',
    'zh-CN': '此成员的角色（{role}）与你相同或更高，只有更高角色才能处分。',
  },
  not_banned: { en: 'This member is not banned.', 'zh-TW': '此成員未被停權。', 'zh-CN': '此成员未被封禁。' },
  penalty_not_active: {
    en: 'This penalty is no longer in force.',
    'zh-TW': '此處分已不再生效。',
    'zh-CN': '此处分已不再生效。',
  },
  penalty_not_appealable: {
    en: 'This penalty has already been overturned.',
    'zh-TW': '此處分已被撤銷。',
    'zh-CN': '此处分已被撤销。',
  },
  appeal_exists: {
    en: 'You have already appealed this penalty; each penalty can be appealed once.',
    'zh-TW': '你已就此處分提出申訴，每項處分只能申訴一次。',
    'zh-CN': '你已就此处分提出申诉，每项处分只能申诉一次。',
  },
  appeal_decided: { en: 'This appeal has already been decided.', 'zh-TW': '此申訴已有結果。', 'zh-CN': '此申诉已有结果。' },
  appeal_same_moderator: {
    en: 'You took this action, so another moderator must decide the appeal.',
    'zh-TW': '此處分由你執行，申訴須由另一位版主決定。',
    'zh-CN': '此处分由你执行，申诉须由另一位版主决定。',
  },
  account_banned_until: {
    en: 'This account is banned until {until}. Reason: {reason}',
    'zh-TW': '此帳號已被停權至 {until}。原因：{reason}',
    'zh-CN': '此账号已被封禁至 {until}。原因：{reason}',
  },
  account_banned_permanently: {
    en: 'This account is permanently banned. Reason: {reason}',
    'zh-TW': '此帳號已被永久停權。原因：{reason}',
    'zh-CN': '此账号已被永久封禁。原因：{reason}',
  },
};

/** Field-level codes of penalty requests. */
export const penaltyFieldMessages: Record<string, Record<Locale, string>> = {
  unknown_template: { en: 'No such reason template.', 'zh-TW': '沒有這個原因範本。', 'zh-CN': '没有这个原因模板。' },
  hold_not_members: {
    en: 'This review-queue item is not this member’s.',
    'zh-TW': '此審核項目不屬於這位成員。',
    'zh-CN': '此审核项目不属于这位成员。',
  },
  reason_required: {
    en: 'Give a reason or choose a template.',
    'zh-TW': '請填寫原因或選擇範本。',
    'zh-CN': '请填写原因或选择模板。',
  },
  days_required: { en: 'A mute needs a number of days.', 'zh-TW': '禁言需要填寫天數。', 'zh-CN': '禁言需要填写天数。' },
  days_not_allowed: {
    en: 'Only mutes and bans have a number of days.',
    'zh-TW': '只有禁言與停權需要天數。',
    'zh-CN': '只有禁言与封禁需要天数。',
  },
  days_for_kind: {
    en: 'A mute needs days; a warning has none.',
    'zh-TW': '禁言需要天數，警告則不需要。',
    'zh-CN': '禁言需要天数，警告则不需要。',
  },
  duplicate_template: {
    en: 'Two templates have the same id.',
    'zh-TW': '有兩個範本的代號相同。',
    'zh-CN': '有两个模板的代号相同。',
  },
};
