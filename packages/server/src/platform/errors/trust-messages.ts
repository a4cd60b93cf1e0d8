import type { Locale } from '@hearth/contracts';

/**
 * Messages of trust levels (modules/trust), kept beside the main catalogue in messages.ts,
 * which includes them. Every code has all three languages.
 */
export const trustMessages: Record<string, Record<Locale, string>> = {
  trust_level_links: {
    en: 'At trust level {level} you cannot post links yet. Take part for a few days and links unlock — see Settings → Trust level.',
    'zh-TW': '你的信任等級為 {level}，暫時不能發布連結。多參與幾天就會解鎖，詳見「設定 → 信任等級」。',
    'zh-CN': '你的信任等级为 {level}，暂时不能发布链接。多参与几天就会解锁，详见“设置 → 信任等级”。',
  },
  trust_level_images: {
    en: 'At trust level {level} you cannot post images yet. Take part for a few days and images unlock — see Settings → Trust level.',
    'zh-TW': '你的信任等級為 {level}，暫時不能發布圖片。多參與幾天就會解鎖，詳見「設定 → 信任等級」。',
    'zh-CN': '你的信任等级为 {level}，暂时不能发布图片。多参与几天就会解锁，详见“设置 → 信任等级”。',
  },
  trust_level_dm: {
    en: 'At trust level {level} you can only start private messages with friends (members who follow you back).',
    'zh-TW': '你的信任等級為 {level}，只能與好友（互相追蹤的成員）開始私訊。',
    'zh-CN': '你的信任等级为 {level}，只能与好友（互相关注的成员）开始私信。',
  },
  trust_level_rate: {
    en: 'At trust level {level} you can write at most {maximum} threads and replies an hour. Try again later.',
    'zh-TW': '信任等級 {level} 每小時最多可發 {maximum} 篇主題與回覆，請稍後再試。',
    'zh-CN': '信任等级 {level} 每小时最多可发 {maximum} 篇主题与回复，请稍后再试。',
  },
  trust_level_staff: {
    en: 'Moderators and admins always count as trust level 4; their level cannot be locked.',
    'zh-TW': '版主與管理員一律視為信任等級 4，無法鎖定其等級。',
    'zh-CN': '版主与管理员一律视为信任等级 4，无法锁定其等级。',
  },
  trust_level_not_locked: {
    en: "This member's trust level is not locked.",
    'zh-TW': '此成員的信任等級未被鎖定。',
    'zh-CN': '此成员的信任等级未被锁定。',
  },
};

/** Field-level codes of their invalid_input errors. */
export const trustFieldMessages: Record<string, Record<Locale, string>> = {
  below_previous_level: {
    en: 'A level must take at least what the level below it takes (and allow no more flags).',
    'zh-TW': '每一級的門檻不得低於前一級（允許的檢舉次數也不得更多）。',
    'zh-CN': '每一级的门槛不得低于前一级（允许的举报次数也不得更多）。',
  },
};
