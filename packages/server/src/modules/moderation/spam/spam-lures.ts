/**
 * Phrases that steer members away from the community or sell to them: each is a signal, not
 * a verdict (私聊 is also ordinary). Written Simplified: they are compared with the word
 * filter's normalised text, which folds Traditional (兼職 → 兼职) and full-width forms. The
 * WeChat/QQ homophones (V信, 加V…) are the word filter's built-in lures (lures.ts).
 */
export const SPAM_LURES: readonly string[] = (
  '加我 私聊 私信我 私我 兼职 刷单 代购 日结 日赚 月入 返利 返现 进群 加群 拉群 招代理 招募代理 免费领 ' +
  '扫码 扫一扫 看主页 戳头像 看头像 懂的来 低价出 出售 代练 接单 优惠券 领券 秒到 包过 稳赚 躺赚 ' +
  '点击链接 复制链接 联系方式 咨询 售后群 官方群 福利群 内部群 薅羊毛 引流 推广 加好友 加微 加q'
).split(' ');
