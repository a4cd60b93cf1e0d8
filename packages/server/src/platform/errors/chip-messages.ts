import type { Locale } from '@hearth/contracts';

/**
 * Messages of the chips' error codes (modules/economy chips), kept beside the main
 * catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const chipMessages: Record<string, Record<Locale, string>> = {
  chip_frozen: {
    en: 'This chip is frozen: it cannot be minted, given, tipped or transferred for now.',
    'zh-TW': '此籌碼已凍結：目前無法發行、贈送、打賞或轉讓。',
    'zh-CN': '此筹码已冻结：目前无法发行、赠送、打赏或转让。',
  },
  chip_cap_reached: {
    en: 'This would take the chip past its supply cap of {cap}; {remaining} can still be minted.',
    'zh-TW': '這將超過籌碼的發行上限 {cap}；還可以發行 {remaining}。',
    'zh-CN': '这将超过筹码的发行上限 {cap}；还可以发行 {remaining}。',
  },
  chip_daily_limit_reached: {
    en: "This would pass today's minting limit of {limit}; {remaining} can still be minted today.",
    'zh-TW': '這將超過今天的發行額度 {limit}；今天還可以發行 {remaining}。',
    'zh-CN': '这将超过今天的发行额度 {limit}；今天还可以发行 {remaining}。',
  },
  chip_self: {
    en: 'You cannot give your own chip to yourself.',
    'zh-TW': '不能把自己的籌碼送給自己。',
    'zh-CN': '不能把自己的筹码送给自己。',
  },
  chip_recipient_unavailable: {
    en: '{name} cannot receive chips right now.',
    'zh-TW': '{name} 目前無法接收籌碼。',
    'zh-CN': '{name} 目前无法接收筹码。',
  },
  chip_recipient_blocked: {
    en: 'You cannot give chips to {name}: one of you has blocked the other.',
    'zh-TW': '無法送籌碼給 {name}：你們之間有一方封鎖了對方。',
    'zh-CN': '无法送筹码给 {name}：你们之间有一方屏蔽了对方。',
  },
  chip_recipient_frozen: {
    en: "{name}'s wallet for this chip is frozen.",
    'zh-TW': '{name} 的此籌碼錢包已凍結。',
    'zh-CN': '{name} 的此筹码钱包已冻结。',
  },
  chip_issuance_off: {
    en: 'The community does not let members issue chips at the moment.',
    'zh-TW': '社群目前不開放成員發行籌碼。',
    'zh-CN': '社区目前不开放成员发行筹码。',
  },
  chip_tier_too_low: {
    en: 'Issuing a chip needs a higher membership tier (rank {rank} or above).',
    'zh-TW': '發行籌碼需要更高的會員等級（等級 {rank} 以上）。',
    'zh-CN': '发行筹码需要更高的会员等级（等级 {rank} 以上）。',
  },
  chip_not_active: {
    en: 'Only active members can issue a chip.',
    'zh-TW': '只有正常狀態的成員可以發行籌碼。',
    'zh-CN': '只有正常状态的成员可以发行筹码。',
  },
  chip_request_pending: {
    en: 'Your request for a chip is waiting for an admin.',
    'zh-TW': '你的籌碼申請正在等待管理員審核。',
    'zh-CN': '你的筹码申请正在等待管理员审核。',
  },
  chip_request_decided: {
    en: 'This request was already decided.',
    'zh-TW': '此申請已經處理過了。',
    'zh-CN': '此申请已经处理过了。',
  },
  chip_request_member_gone: {
    en: 'The member who asked is no longer here.',
    'zh-TW': '提出申請的成員已不在社群。',
    'zh-CN': '提出申请的成员已不在社区。',
  },
  chip_code_reserved: {
    en: 'The code {code} is reserved; choose another.',
    'zh-TW': '代碼 {code} 為保留字，請換一個。',
    'zh-CN': '代码 {code} 为保留字，请换一个。',
  },
  not_a_chip: {
    en: 'This is the community points, not a chip.',
    'zh-TW': '這是社群積分，不是籌碼。',
    'zh-CN': '这是社区积分，不是筹码。',
  },
  chip_already_frozen: { en: 'This chip is already frozen.', 'zh-TW': '此籌碼已經凍結。', 'zh-CN': '此筹码已经冻结。' },
  chip_not_frozen: { en: 'This chip is not frozen.', 'zh-TW': '此籌碼沒有被凍結。', 'zh-CN': '此筹码没有被冻结。' },
};

/** Field-level codes of the chips' invalid_input errors. */
export const chipFieldMessages: Record<string, Record<Locale, string>> = {
  invalid_chip_code: {
    en: 'Use 2–8 letters or digits (A–Z, 0–9).',
    'zh-TW': '請使用 2–8 個英文字母或數字（A–Z、0–9）。',
    'zh-CN': '请使用 2–8 个英文字母或数字（A–Z、0–9）。',
  },
  mint_limit_above_cap: {
    en: 'The daily minting limit cannot be above the supply cap.',
    'zh-TW': '每日發行額度不能高於發行上限。',
    'zh-CN': '每日发行额度不能高于发行上限。',
  },
  duplicate_member: {
    en: 'A member is listed twice.',
    'zh-TW': '有成員被列了兩次。',
    'zh-CN': '有成员被列了两次。',
  },
};
