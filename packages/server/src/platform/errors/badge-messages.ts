import type { Locale } from '@hearth/contracts';

/** Messages of the badges' error codes (modules/economy/badges). */
export const badgeMessages: Record<string, Record<Locale, string>> = {
  badge_not_manual: {
    en: 'This badge is earned by its rule; only manual badges can be given.',
    'zh-TW': '這枚徽章依規則自動頒發，只有手動徽章可以直接授予。',
    'zh-CN': '这枚徽章按规则自动颁发，只有手动徽章可以直接授予。',
  },
  badge_disabled: {
    en: 'This badge is switched off; switch it on before giving it.',
    'zh-TW': '這枚徽章已停用，請先啟用再授予。',
    'zh-CN': '这枚徽章已停用，请先启用再授予。',
  },
  badge_already_held: {
    en: 'This member already holds that badge.',
    'zh-TW': '這位成員已經擁有這枚徽章。',
    'zh-CN': '这位成员已经拥有这枚徽章。',
  },
  badge_not_held: {
    en: 'This member does not hold that badge.',
    'zh-TW': '這位成員沒有這枚徽章。',
    'zh-CN': '这位成员没有这枚徽章。',
  },
};
