import type { Locale } from '@hearth/contracts';

/**
 * Messages of the ledger's error codes (modules/ledger), kept beside the main catalogue in
 * messages.ts, which includes them. Every code has all three languages.
 */
export const ledgerMessages: Record<string, Record<Locale, string>> = {
  insufficient_balance: { en: 'Not enough balance for this.', 'zh-TW': '餘額不足。', 'zh-CN': '余额不足。' },
  supply_cap_reached: {
    en: 'This would take the supply beyond its cap.',
    'zh-TW': '發行量將超過上限。',
    'zh-CN': '发行量将超过上限。',
  },
  daily_mint_limit_reached: {
    en: "Today's minting limit for this asset is reached.",
    'zh-TW': '今天的發行額度已用完。',
    'zh-CN': '今天的发行额度已用完。',
  },
  asset_frozen: { en: 'This asset is frozen.', 'zh-TW': '此資產已凍結。', 'zh-CN': '此资产已冻结。' },
  account_frozen: { en: 'This account is frozen.', 'zh-TW': '此帳戶已凍結。', 'zh-CN': '此账户已冻结。' },
  balance_overflow: {
    en: 'The balance would exceed the largest amount allowed.',
    'zh-TW': '餘額將超過允許的最大值。',
    'zh-CN': '余额将超过允许的最大值。',
  },
  same_account: {
    en: 'The source and the destination are the same.',
    'zh-TW': '來源與目的地相同。',
    'zh-CN': '来源与目的地相同。',
  },
  system_account: {
    en: "An asset's issuance and escrow accounts move only by minting, burning and holds.",
    'zh-TW': '資產的發行帳戶與託管帳戶只能透過發行、銷毀與保留款項變動。',
    'zh-CN': '资产的发行账户与托管账户只能通过发行、销毁与预留款项变动。',
  },
  asset_mismatch: {
    en: 'The account holds another asset.',
    'zh-TW': '此帳戶持有的是其他資產。',
    'zh-CN': '此账户持有的是其他资产。',
  },
  unknown_asset: { en: 'Unknown asset.', 'zh-TW': '未知的資產。', 'zh-CN': '未知的资产。' },
  unknown_account: { en: 'Unknown account.', 'zh-TW': '未知的帳戶。', 'zh-CN': '未知的账户。' },
  unknown_member: { en: 'Unknown member.', 'zh-TW': '未知的成員。', 'zh-CN': '未知的成员。' },
  unknown_transfer: { en: 'Unknown transfer.', 'zh-TW': '未知的轉帳。', 'zh-CN': '未知的转账。' },
  unknown_hold: { en: 'Unknown hold.', 'zh-TW': '未知的保留款項。', 'zh-CN': '未知的预留款项。' },
  idempotency_conflict: {
    en: 'This idempotency key was already used for a different transfer.',
    'zh-TW': '此冪等鍵已用於另一筆不同的轉帳。',
    'zh-CN': '此幂等键已用于另一笔不同的转账。',
  },
  hold_resolved: {
    en: 'This hold is already settled or released.',
    'zh-TW': '此保留款項已結算或已退回。',
    'zh-CN': '此预留款项已结算或已退回。',
  },
  hold_expired: { en: 'This hold has expired.', 'zh-TW': '此保留款項已過期。', 'zh-CN': '此预留款项已过期。' },
  already_reversed: { en: 'This transfer was already reversed.', 'zh-TW': '此轉帳已被沖正。', 'zh-CN': '此转账已被冲正。' },
  not_reversible: {
    en: 'This kind of transfer cannot be reversed.',
    'zh-TW': '此類轉帳無法沖正。',
    'zh-CN': '此类转账无法冲正。',
  },
  asset_code_taken: { en: 'This code is already in use.', 'zh-TW': '此代碼已被使用。', 'zh-CN': '此代码已被使用。' },
  chip_exists: { en: 'This member already issues a chip.', 'zh-TW': '此成員已發行過籌碼。', 'zh-CN': '此成员已发行过筹码。' },
  cap_below_supply: {
    en: 'The cap cannot be below what is already outstanding.',
    'zh-TW': '上限不能低於目前的流通量。',
    'zh-CN': '上限不能低于当前的流通量。',
  },
};

/** Field-level codes of the ledger's invalid_input errors. */
export const ledgerFieldMessages: Record<string, Record<Locale, string>> = {
  invalid_amount: {
    en: 'Enter a whole number above zero (at most 9007199254740991).',
    'zh-TW': '請輸入大於零的整數（最多 9007199254740991）。',
    'zh-CN': '请输入大于零的整数（最多 9007199254740991）。',
  },
  invalid_asset_code: {
    en: 'Use 2–16 letters, digits or underscores.',
    'zh-TW': '請使用 2–16 個英文字母、數字或底線。',
    'zh-CN': '请使用 2–16 个英文字母、数字或下划线。',
  },
  invalid_kind: {
    en: 'Not a transfer kind this operation takes.',
    'zh-TW': '此操作不接受這種轉帳類型。',
    'zh-CN': '此操作不接受这种转账类型。',
  },
};
