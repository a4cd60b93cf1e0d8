import type { FilterAction } from '@hearth/contracts';

/**
 * The built-in lure list: the usual ways ads steer members to WeChat or QQ, where the
 * community cannot see them. It is always on, in the `ads` category. Unambiguous lures hold
 * the content for review; homophones that are also ordinary words (卫星 satellite, 威信
 * prestige) only tag it, a signal for the ad score rather than a verdict. A community that
 * lists the same word itself decides its action and category instead, and its allow-list
 * can silence any of them.
 */
export interface Lure {
  word: string;
  action: FilterAction;
}

const REVIEW =
  'V信 薇信 徽信 维信 微芯 威芯 薇芯 V芯 微信号 加微信 加薇 加V 加VX 加WX 加我V 加我微 VX WX VX号 ' +
  'WX号 weixinhao 扣扣号 加扣扣 加扣 加Q 加QQ QQ号 企鹅号 加企鹅 私V 私微 滴滴我 绿泡泡 加绿泡泡';
const TAG = '卫星 威信 围信 扣扣 企鹅 V我 wechat weixin';

export const BUILT_IN_LURES: readonly Lure[] = [
  ...REVIEW.split(' ').map((word) => ({ word, action: 'review' as const })),
  ...TAG.split(' ').map((word) => ({ word, action: 'tag' as const })),
];
