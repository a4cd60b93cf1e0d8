import type { Locale } from '@hearth/contracts';

/**
 * Messages of the member market's error codes (modules/market), kept beside the main
 * catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const marketMessages: Record<string, Record<Locale, string>> = {
  market_order_not_found: { en: 'There is no such order.', 'zh-TW': '找不到這筆掛單。', 'zh-CN': '找不到这笔挂单。' },
  market_order_not_yours: {
    en: 'Only the seller of this order (or an admin) can cancel it.',
    'zh-TW': '只有掛單的賣家（或管理員）可以取消。',
    'zh-CN': '只有挂单的卖家（或管理员）可以取消。',
  },
  market_order_closed: {
    en: 'This order is no longer open.',
    'zh-TW': '這筆掛單已不再開放。',
    'zh-CN': '这笔挂单已不再开放。',
  },
  market_order_expired: { en: 'This order has expired.', 'zh-TW': '這筆掛單已過期。', 'zh-CN': '这笔挂单已过期。' },
  market_order_short: {
    en: 'Only {remaining} units are left on this order.',
    'zh-TW': '這筆掛單只剩 {remaining} 個單位。',
    'zh-CN': '这笔挂单只剩 {remaining} 个单位。',
  },
  market_price_changed: {
    en: 'The price of this order is {price} per unit; check it and try again.',
    'zh-TW': '這筆掛單的單價是 {price}，請確認後再試。',
    'zh-CN': '这笔挂单的单价是 {price}，请确认后再试。',
  },
  market_self_trade: {
    en: 'You cannot fill your own order.',
    'zh-TW': '你不能與自己的掛單成交。',
    'zh-CN': '你不能与自己的挂单成交。',
  },
  market_blocked: {
    en: 'You cannot trade with this member.',
    'zh-TW': '你無法與這位成員交易。',
    'zh-CN': '你无法与这位成员交易。',
  },
  market_member_unavailable: {
    en: 'Your account cannot trade right now.',
    'zh-TW': '你的帳號目前無法交易。',
    'zh-CN': '你的账号目前无法交易。',
  },
  market_trust_too_low: {
    en: 'Your tier is not yet high enough to trade on the market.',
    'zh-TW': '你的等級還不足以在市場交易。',
    'zh-CN': '你的等级还不足以在市场交易。',
  },
  market_account_too_new: {
    en: 'Your account is too new to trade yet; try again in a few days.',
    'zh-TW': '你的帳號太新，暫時還不能交易；請過幾天再試。',
    'zh-CN': '你的账号太新，暂时还不能交易；请过几天再试。',
  },
  market_price_out_of_band: {
    en: 'The price must be between {low} and {high} per unit (around recent fills at {median}).',
    'zh-TW': '單價必須介於 {low} 與 {high} 之間（近期成交價約 {median}）。',
    'zh-CN': '单价必须介于 {low} 与 {high} 之间（近期成交价约 {median}）。',
  },
  market_daily_volume_reached: {
    en: 'Daily trading limit reached for this asset: {remaining} of {cap} units left today.',
    'zh-TW': '此資產今日交易量已達上限：今天還剩 {remaining}／{cap} 個單位。',
    'zh-CN': '此资产今日交易量已达上限：今天还剩 {remaining}／{cap} 个单位。',
  },
  market_open_orders_reached: {
    en: 'You already have {max} open orders; cancel one first.',
    'zh-TW': '你已有 {max} 筆未成交的掛單；請先取消一筆。',
    'zh-CN': '你已有 {max} 笔未成交的挂单；请先取消一笔。',
  },
};

export const marketFieldMessages: Record<string, Record<Locale, string>> = {
  same_asset: {
    en: 'Choose a different asset to be paid in.',
    'zh-TW': '請選擇另一種資產作為付款。',
    'zh-CN': '请选择另一种资产作为付款。',
  },
  total_too_big: {
    en: 'Quantity × price is too large.',
    'zh-TW': '數量 × 單價過大。',
    'zh-CN': '数量 × 单价过大。',
  },
};
