import type { Locale } from '@hearth/contracts';

/** The three tiers every community starts with, named in its language. */
export const DEFAULT_TIERS: Record<Locale, { name: string; description: string; perks: string[] }[]> = {
  en: [
    { name: 'Free', description: 'Everyone who joins.', perks: ['Read and join public spaces'] },
    { name: 'Member', description: 'Supporters of the community.', perks: ['Members-only spaces', 'Monthly member events'] },
    { name: 'VIP', description: 'Our closest circle.', perks: ['VIP lounge', 'Early access', 'Direct line to the team'] },
  ],
  'zh-TW': [
    { name: '免費', description: '所有加入的朋友。', perks: ['瀏覽並參與公開空間'] },
    { name: '會員', description: '支持社群的會員。', perks: ['會員專屬空間', '每月會員活動'] },
    { name: 'VIP', description: '最核心的朋友圈。', perks: ['VIP 交誼廳', '搶先體驗', '與團隊直接交流'] },
  ],
  'zh-CN': [
    { name: '免费', description: '所有加入的朋友。', perks: ['浏览并参与公开空间'] },
    { name: '会员', description: '支持社群的会员。', perks: ['会员专属空间', '每月会员活动'] },
    { name: 'VIP', description: '最核心的朋友圈。', perks: ['VIP 交谊厅', '抢先体验', '与团队直接交流'] },
  ],
};
