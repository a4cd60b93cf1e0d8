import type { Locale } from '@hearth/contracts';

/**
 * Messages of the perks marketplace's error codes (modules/perks), kept beside the main
 * catalogue in messages.ts, which includes them. Every code has all three languages.
 */
export const perkMessages: Record<string, Record<Locale, string>> = {
  perk_not_found: { en: 'There is no such perk.', 'zh-TW': '找不到這個兌換項目。', 'zh-CN': '找不到这个兑换项目。' },
  perk_order_not_found: { en: 'There is no such order.', 'zh-TW': '找不到這筆訂單。', 'zh-CN': '找不到这笔订单。' },
  perk_seller_not_eligible: {
    en: 'You cannot list perks yet: the community has not opened the marketplace to your tier.',
    'zh-TW': '你目前還不能上架兌換項目：社群尚未向你的等級開放。',
    'zh-CN': '你目前还不能上架兑换项目：社群尚未向你的等级开放。',
  },
  perk_not_yours: {
    en: 'Only the seller of this perk (or an admin, for the community’s perks) can do this.',
    'zh-TW': '只有這個項目的賣家（社群項目則是管理員）可以執行此操作。',
    'zh-CN': '只有这个项目的卖家（社群项目则是管理员）可以执行此操作。',
  },
  perk_tier_brand_only: {
    en: 'Only admins can list tier upgrades.',
    'zh-TW': '只有管理員可以上架等級升級。',
    'zh-CN': '只有管理员可以上架等级升级。',
  },
  perk_archived: {
    en: 'This perk is archived and can no longer be changed.',
    'zh-TW': '此項目已封存，無法再修改。',
    'zh-CN': '此项目已归档，无法再修改。',
  },
  perk_stock_below_held: {
    en: 'The stock cannot go below what is already held or delivered ({used}).',
    'zh-TW': '庫存不能低於已保留或已交付的數量（{used}）。',
    'zh-CN': '库存不能低于已预留或已交付的数量（{used}）。',
  },
  perk_unavailable: {
    en: 'This perk is not on offer right now.',
    'zh-TW': '此項目目前未開放兌換。',
    'zh-CN': '此项目目前未开放兑换。',
  },
  perk_sold_out: { en: 'This perk is sold out.', 'zh-TW': '此項目已兌換完畢。', 'zh-CN': '此项目已兑换完毕。' },
  perk_not_started: {
    en: 'This perk is not available yet.',
    'zh-TW': '此項目尚未開始兌換。',
    'zh-CN': '此项目尚未开始兑换。',
  },
  perk_ended: { en: 'This perk is no longer available.', 'zh-TW': '此項目的兌換期間已結束。', 'zh-CN': '此项目的兑换期间已结束。' },
  perk_limit_reached: {
    en: 'You already have the most of this perk one member may redeem ({limit}).',
    'zh-TW': '你已達到每人可兌換的上限（{limit}）。',
    'zh-CN': '你已达到每人可兑换的上限（{limit}）。',
  },
  perk_price_changed: {
    en: 'The price of this perk changed to {price}. Check it and try again.',
    'zh-TW': '此項目的價格已變更為 {price}，請確認後再試一次。',
    'zh-CN': '此项目的价格已变更为 {price}，请确认后再试一次。',
  },
  perk_self_purchase: {
    en: 'You cannot redeem a perk you sell.',
    'zh-TW': '不能兌換自己販售的項目。',
    'zh-CN': '不能兑换自己出售的项目。',
  },
  perk_blocked: {
    en: 'You cannot redeem this perk: one of you has blocked the other.',
    'zh-TW': '無法兌換此項目：你和賣家之間有一方封鎖了對方。',
    'zh-CN': '无法兑换此项目：你和卖家之间有一方屏蔽了对方。',
  },
  perk_wallet_frozen: {
    en: 'Your wallet is frozen, so you cannot redeem perks.',
    'zh-TW': '你的錢包已凍結，無法兌換。',
    'zh-CN': '你的钱包已冻结，无法兑换。',
  },
  perk_seller_frozen: {
    en: "The seller's wallet is frozen, so this perk cannot be redeemed now.",
    'zh-TW': '賣家的錢包已凍結，目前無法兌換此項目。',
    'zh-CN': '卖家的钱包已冻结，目前无法兑换此项目。',
  },
  perk_seller_unavailable: {
    en: 'The seller cannot take orders right now.',
    'zh-TW': '賣家目前無法接受訂單。',
    'zh-CN': '卖家目前无法接受订单。',
  },
  perk_tier_already_held: {
    en: 'You are already in this tier or above it.',
    'zh-TW': '你已經是這個等級或更高等級。',
    'zh-CN': '你已经是这个等级或更高等级。',
  },
  perk_order_resolved: {
    en: 'This order is no longer open: it was already fulfilled, declined, cancelled, expired or refunded.',
    'zh-TW': '這筆訂單已不在處理中：它已交付、婉拒、取消、逾時或退款。',
    'zh-CN': '这笔订单已不在处理中：它已交付、婉拒、取消、超时或退款。',
  },
  perk_order_expired: {
    en: 'This order waited too long and is being returned to the buyer.',
    'zh-TW': '這筆訂單已逾時，款項將退回給買家。',
    'zh-CN': '这笔订单已超时，款项将退回给买家。',
  },
  perk_order_not_yours: {
    en: 'Only the buyer can cancel this order.',
    'zh-TW': '只有買家可以取消這筆訂單。',
    'zh-CN': '只有买家可以取消这笔订单。',
  },
  perk_refund_window_closed: {
    en: 'The refund window for this order has closed.',
    'zh-TW': '這筆訂單的退款期限已過。',
    'zh-CN': '这笔订单的退款期限已过。',
  },
  perk_refund_insufficient: {
    en: 'The seller no longer holds enough to refund this order.',
    'zh-TW': '賣家目前的餘額不足以退款。',
    'zh-CN': '卖家目前的余额不足以退款。',
  },
};

export const perkFieldMessages: Record<string, Record<Locale, string>> = {
  ends_before_start: {
    en: 'The end must come after the start.',
    'zh-TW': '結束時間必須晚於開始時間。',
    'zh-CN': '结束时间必须晚于开始时间。',
  },
  tier_for_tier_upgrade: {
    en: 'Choose a tier for a tier upgrade (and only for one).',
    'zh-TW': '等級升級需要選擇等級（其他類型不需要）。',
    'zh-CN': '等级升级需要选择等级（其他类型不需要）。',
  },
  fulfilment_required: {
    en: 'Give the buyer a code, a note or a link.',
    'zh-TW': '請提供兌換碼、說明或連結給買家。',
    'zh-CN': '请提供兑换码、说明或链接给买家。',
  },
};
