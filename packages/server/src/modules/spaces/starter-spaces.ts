import type { Locale } from '@hearth/contracts';

type StarterKind = 'announcement' | 'discussion' | 'qa';

/** Ids of the spaces a community starts with, by kind. */
export type StarterSpaces = Record<StarterKind, string>;

/** Names, icons and descriptions of the starter spaces in each language. */
export const STARTER_SPACES: Record<Locale, Record<StarterKind, { name: string; icon: string; description: string }>> = {
  'zh-TW': {
    announcement: { name: '公告', icon: '📣', description: '社群的最新消息與活動預告。' },
    discussion: { name: '綜合討論', icon: '💬', description: '想聊什麼都可以，先來打聲招呼吧。' },
    qa: { name: '問答', icon: '🙋', description: '提出問題、分享經驗，採納最有幫助的回答。' },
  },
  'zh-CN': {
    announcement: { name: '公告', icon: '📣', description: '社群的最新消息与活动预告。' },
    discussion: { name: '综合讨论', icon: '💬', description: '想聊什么都可以，先来打个招呼吧。' },
    qa: { name: '问答', icon: '🙋', description: '提出问题、分享经验，采纳最有帮助的回答。' },
  },
  en: {
    announcement: { name: 'Announcements', icon: '📣', description: 'News from the community and what is coming up.' },
    discussion: { name: 'General', icon: '💬', description: 'Talk about anything, and say hello.' },
    qa: { name: 'Questions', icon: '🙋', description: 'Ask, share what you know, and accept the answer that helped.' },
  },
};
