import type { BadgeIcon, BadgeRule, BadgeTier, Locale } from '@hearth/contracts';

/** A built-in rule badge: its look and its words in each language, until the owner renames it. */
export interface BuiltInBadge {
  rule: BadgeRule;
  icon: BadgeIcon;
  tier: BadgeTier;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** The rule badges every community starts with (only facts Hearth records). */
export const BUILT_IN_BADGES: readonly BuiltInBadge[] = [
  {
    rule: 'first_post',
    icon: '🌱',
    tier: 'bronze',
    name: { en: 'First post', 'zh-TW': '初次發文', 'zh-CN': '初次发帖' },
    description: { en: 'Published a first thread or reply.', 'zh-TW': '發表了第一篇文章或回覆。', 'zh-CN': '发表了第一篇帖子或回复。' },
  },
  {
    rule: 'first_accepted_answer',
    icon: '✅',
    tier: 'silver',
    name: { en: 'First accepted answer', 'zh-TW': '首個最佳解答', 'zh-CN': '首个最佳答案' },
    description: {
      en: 'A reply was accepted as the answer to a question.',
      'zh-TW': '有一則回覆被採納為問題的解答。',
      'zh-CN': '有一条回复被采纳为问题的答案。',
    },
  },
  {
    rule: 'checkin_streak_7',
    icon: '🔥',
    tier: 'bronze',
    name: { en: '7-day streak', 'zh-TW': '連續簽到 7 天', 'zh-CN': '连续签到 7 天' },
    description: { en: 'Checked in seven days in a row.', 'zh-TW': '連續七天每日簽到。', 'zh-CN': '连续七天每日签到。' },
  },
  {
    rule: 'checkin_streak_30',
    icon: '🌟',
    tier: 'gold',
    name: { en: '30-day streak', 'zh-TW': '連續簽到 30 天', 'zh-CN': '连续签到 30 天' },
    description: { en: 'Checked in thirty days in a row.', 'zh-TW': '連續三十天每日簽到。', 'zh-CN': '连续三十天每日签到。' },
  },
  {
    rule: 'tips_given_100',
    icon: '🎁',
    tier: 'gold',
    name: { en: 'Generous', 'zh-TW': '慷慨解囊', 'zh-CN': '慷慨解囊' },
    description: { en: 'Gave 100 tips.', 'zh-TW': '打賞了 100 次。', 'zh-CN': '打赏了 100 次。' },
  },
  {
    rule: 'reactions_received_10',
    icon: '❤️',
    tier: 'bronze',
    name: { en: 'Liked', 'zh-TW': '受到喜愛', 'zh-CN': '受到喜爱' },
    description: { en: 'Received 10 reactions.', 'zh-TW': '收到 10 個回應。', 'zh-CN': '收到 10 个回应。' },
  },
  {
    rule: 'reactions_received_100',
    icon: '💯',
    tier: 'silver',
    name: { en: 'Crowd favourite', 'zh-TW': '人氣之星', 'zh-CN': '人气之星' },
    description: { en: 'Received 100 reactions.', 'zh-TW': '收到 100 個回應。', 'zh-CN': '收到 100 个回应。' },
  },
  {
    rule: 'profile_completed',
    icon: '🪪',
    tier: 'bronze',
    name: { en: 'All set', 'zh-TW': '資料完整', 'zh-CN': '资料完整' },
    description: { en: 'Added an avatar and a bio.', 'zh-TW': '設定了頭像與自我介紹。', 'zh-CN': '设置了头像与自我介绍。' },
  },
];

export const builtInBadge = (rule: string): BuiltInBadge | undefined => BUILT_IN_BADGES.find((b) => b.rule === rule);

/** What a member's facts must reach for each rule. */
export interface BadgeFacts {
  published: number;
  acceptedAnswers: number;
  bestStreak: number;
  tipsGiven: number;
  reactionsReceived: number;
  hasCompleteProfile: boolean;
}

export function qualifies(rule: BadgeRule, f: BadgeFacts): boolean {
  switch (rule) {
    case 'first_post':
      return f.published >= 1;
    case 'first_accepted_answer':
      return f.acceptedAnswers >= 1;
    case 'checkin_streak_7':
      return f.bestStreak >= 7;
    case 'checkin_streak_30':
      return f.bestStreak >= 30;
    case 'tips_given_100':
      return f.tipsGiven >= 100;
    case 'reactions_received_10':
      return f.reactionsReceived >= 10;
    case 'reactions_received_100':
      return f.reactionsReceived >= 100;
    case 'profile_completed':
      return f.hasCompleteProfile;
  }
}
