import type { Locale } from '@hearth/contracts';

/** Messages of the earning rules' and check-in's error codes (modules/economy/earning, checkin). */
export const earningMessages: Record<string, Record<Locale, string>> = {
  checkin_disabled: {
    en: 'Daily check-in is not turned on in this community.',
    'zh-TW': '這個社群沒有開啟每日簽到。',
    'zh-CN': '这个社区没有开启每日签到。',
  },
  makeup_not_allowed: {
    en: 'Making up missed check-ins is not turned on in this community.',
    'zh-TW': '這個社群沒有開放補簽。',
    'zh-CN': '这个社区没有开放补签。',
  },
  makeup_limit_reached: {
    en: 'You have used all {allowed} make-ups of this month.',
    'zh-TW': '本月的 {allowed} 次補簽都用完了。',
    'zh-CN': '本月的 {allowed} 次补签都用完了。',
  },
  makeup_day_invalid: {
    en: 'Only a missed day earlier this month can be made up.',
    'zh-TW': '只能補簽本月稍早錯過的日子。',
    'zh-CN': '只能补签本月稍早错过的日子。',
  },
  already_checked_in: {
    en: 'You already checked in on that day.',
    'zh-TW': '那天已經簽到過了。',
    'zh-CN': '那天已经签到过了。',
  },
};
