import type { Locale } from '@hearth/contracts';

/**
 * Messages of the economy's error codes (modules/economy: tips, grants), kept beside the
 * main catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const economyMessages: Record<string, Record<Locale, string>> = {
  tip_self: { en: 'You cannot tip yourself.', 'zh-TW': '不能打賞自己。', 'zh-CN': '不能打赏自己。' },
  tip_blocked: {
    en: 'You cannot tip this member: one of you has blocked the other.',
    'zh-TW': '無法打賞這位成員：你們之間有一方封鎖了對方。',
    'zh-CN': '无法打赏这位成员：你们之间有一方屏蔽了对方。',
  },
  tip_recipient_unavailable: {
    en: 'This member cannot receive tips right now.',
    'zh-TW': '這位成員目前無法接受打賞。',
    'zh-CN': '这位成员目前无法接受打赏。',
  },
  tip_recipient_frozen: {
    en: "This member's wallet is frozen, so it cannot receive tips.",
    'zh-TW': '這位成員的錢包已凍結，無法接受打賞。',
    'zh-CN': '这位成员的钱包已冻结，无法接受打赏。',
  },
  tip_wallet_frozen: {
    en: 'Your wallet is frozen, so you cannot tip.',
    'zh-TW': '你的錢包已凍結，無法打賞。',
    'zh-CN': '你的钱包已冻结，无法打赏。',
  },
  tip_daily_cap_reached: {
    en: 'This would pass your daily tip limit of {cap}; you can still tip {remaining} today.',
    'zh-TW': '超過每日打賞上限 {cap}；今天還可以打賞 {remaining}。',
    'zh-CN': '超过每日打赏上限 {cap}；今天还可以打赏 {remaining}。',
  },
  tip_pair_cap_reached: {
    en: 'This would pass the daily limit of {cap} for tips to one member; you can still tip them {remaining} today.',
    'zh-TW': '超過每天打賞同一位成員的上限 {cap}；今天還可以打賞對方 {remaining}。',
    'zh-CN': '超过每天打赏同一位成员的上限 {cap}；今天还可以打赏对方 {remaining}。',
  },
};
