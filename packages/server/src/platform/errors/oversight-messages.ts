import type { Locale } from '@hearth/contracts';

/** Messages of economy oversight's error codes (modules/oversight), included by messages.ts. */
export const oversightMessages: Record<string, Record<Locale, string>> = {
  transparency_off: {
    en: 'The owner has not opened the economy to members’ view.',
    'zh-TW': '社群擁有者尚未開放成員查看經濟資訊。',
    'zh-CN': '社区所有者尚未开放成员查看经济信息。',
  },
  unknown_flag: { en: 'There is no such flag.', 'zh-TW': '找不到這個標記。', 'zh-CN': '找不到这个标记。' },
  flag_decided: {
    en: 'This flag was already dismissed or actioned.',
    'zh-TW': '這個標記已經被駁回或處理。',
    'zh-CN': '这个标记已经被驳回或处理。',
  },
  wallet_already_frozen: { en: 'This wallet is already frozen.', 'zh-TW': '這個錢包已經凍結。', 'zh-CN': '这个钱包已经冻结。' },
  wallet_not_frozen: { en: 'This wallet is not frozen.', 'zh-TW': '這個錢包沒有被凍結。', 'zh-CN': '这个钱包没有被冻结。' },
};

export const oversightFieldMessages: Record<string, Record<Locale, string>> = {
  days_30_or_90: { en: 'Choose 30 or 90 days.', 'zh-TW': '請選擇 30 或 90 天。', 'zh-CN': '请选择 30 或 90 天。' },
};
