import type { Locale } from '@hearth/contracts';

/** The community's first welcome message, until the owner writes their own. */
export const WELCOME: Record<Locale, (name: string) => string> = {
  en: (name) => `Welcome to ${name}! Pick what you care about, say hello, and make yourself at home.`,
  'zh-TW': (name) => `歡迎來到${name}！選擇你感興趣的主題、打聲招呼，就當自己家吧。`,
  'zh-CN': (name) => `欢迎来到${name}！选择你感兴趣的主题、打声招呼，就当自己家吧。`,
};
