/**
 * Split characters (拆字): common characters written as their components side by side, as
 * evasions do (木仓 for 枪, 弓单 for 弹, 火乍 for 炸, 口木 for 呆). Each token is a character
 * followed by its components, left to right or top to bottom; a character may have more than
 * one token (要: 覀女 and 西女).
 *
 * Source and coverage: hand-curated for Hearth from the split forms catalogued in public
 * sensitive-word lists (funNLP's 敏感词库, cited in research/moderation.md) and the
 * first-level component analysis of each character (as in the Unicode IDS data), keeping only
 * splits whose every part is a character people can type with a pinyin or zhuyin IME (亻 氵
 * 扌 讠 纟 钅 and the like included). It covers the characters of common ad, abuse, adult and
 * gambling words and the most frequent left–right characters: 369 characters. Characters
 * not listed simply get no split variant; the table is data, so extending it is adding tokens.
 */
export const SPLIT_TOKENS =
  '枪木仓 弹弓单 炸火乍 呆口木 信亻言 好女子 妈女马 奶女乃 婊女表 奸女干 嫖女票 娼女昌 妓女支 鸡又鸟 炮火包 ' +
  '蛋疋虫 赌贝者 购贝勾 裸衤果 胸月匈 插扌臿 操扌喿 射身寸 精米青 液氵夜 狗犭句 猪犭者 垃土立 圾土及 贱贝戋 ' +
  '骚马蚤 屌尸吊 草艹早 骗马扁 钱钅戋 汉氵又 法氵去 轮车仑 功工力 明日月 林木木 柏木白 洗氵先 码石马 吗口马 ' +
  '砍石欠 死歹匕 吸口及 胡古月 期其月 动云力 加力口 如女口 和禾口 知矢口 扣扌口 扫扌彐 呗口贝 唱口昌 嫩女敕 ' +
  '妹女未 姐女且 她女也 娃女圭 他亻也 们亻门 体亻本 休亻木 什亻十 伙亻火 位亻立 住亻主 但亻旦 件亻牛 作亻乍 ' +
  '你亻尔 江氵工 李木子 邓又阝 颜彦页 情忄青 性忄生 强弓虽 政正攵 府广付 棒木奉 根木艮 机木几 杆木干 村木寸 ' +
  '材木才 杜木土 杏木口 时日寸 晴日青 暗日音 略田各 男田力 思田心 忍刃心 想相心 恐巩心 怒奴心 愚禺心 意音心 ' +
  '您你心 忘亡心 志士心 怎乍心 恶亚心 歌哥欠 欢又欠 吹口欠 次冫欠 蟹解虫 河氵可 湖氵胡 海氵每 洋氵羊 泡氵包 ' +
  '浪氵良 没氵殳 汁氵十 沙氵少 油氵由 淋氵林 漂氵票 朋月月 肚月土 肝月干 脏月庄 胖月半 腿月退 膀月旁 股月殳 ' +
  '肛月工 胳月各 肥月巴 脸月佥 炒火少 烧火尧 烟火因 烂火兰 灯火丁 煤火某 烤火考 秒禾少 种禾中 秋禾火 科禾斗 ' +
  '租禾且 程禾呈 稳禾急 积禾只 私禾厶 移禾多 粮米良 粉米分 粗米且 粒米立 糖米唐 料米斗 糊米胡 娘女良 姑女古 ' +
  '婚女昏 姻女因 始女台 妙女少 奴女又 姨女夷 婶女审 嫂女叟 妖女夭 婆波女 娶取女 要覀女 安宀女 字宀子 孔子乚 ' +
  '孙子小 孩子亥 珠王朱 玩王元 现王见 球王求 理王里 环王不 玛王马 瑞王耑 钓钅勺 钟钅中 铁钅失 银钅艮 钢钅冈 ' +
  '错钅昔 链钅连 讲讠井 话讠舌 说讠兑 请讠青 谢讠射 读讠卖 语讠吾 认讠人 识讠只 让讠上 记讠己 许讠午 论讠仑 ' +
  '证讠正 评讠平 词讠司 诉讠斥 听口斤 吃口乞 叶口十 味口未 响口向 哈口合 哥可可 嘴口觜 咖口加 啡口非 喝口曷 ' +
  '哦口我 吧口巴 呢口尼 啊口阿 嗨口海 咪口米 喵口苗 哟口约 打扌丁 找扌戈 把扌巴 抓扌爪 抱扌包 拉扌立 挂扌圭 ' +
  '推扌隹 换扌奂 提扌是 搞扌高 摸扌莫 撸扌鲁 抽扌由 拍扌白 指扌旨 按扌安 抢扌仓 拿合手 绿纟录 红纟工 线纟戋 ' +
  '约纟勺 级纟及 纸纟氏 结纟吉 给纟合 统纟充 组纟且 细纟田 鲜鱼羊 鲁鱼日 鸣口鸟 骑马奇 驴马户 驾加马 蚂虫马 ' +
  '闯门马 冯冫马 驰马也 驱马区 骆马各 骄马乔 验马佥 鸭甲鸟 毙比死 鹅我鸟 奋大田 套大长 尖小大 尘小土 岩山石 ' +
  '炎火火 焚林火 品口口口 晶日日日 森木木木 众人人人 淼水水水 鑫金金金 犇牛牛牛 婧女青 倩亻青 靓青见 睛目青 ' +
  '梦林夕 罪罒非 警敬言 察宀祭 药艹约 贩贝反 卖十买 嫐女男女 妞女丑 婷女亭 媚女眉 媛女爰 妍女开 粪米共 屎尸米 ' +
  '尿尸水 屁尸比 逼辶畐 滚氵衮 蠢春虫虫 吊口巾 乳孚乚 淫氵㸒 赚贝兼 贷代贝 账贝长 债亻责 钞钅少 彩采彡 票覀示 ' +
  '博十尃 枝木支 樱木婴 柳木卯 桃木兆 梅木每 椅木奇 楼木娄 概木既 模木莫 橙木登 樟木章 析木斤 板木反 极木及 ' +
  '构木勾 杀乂木 刹杀刂 剑佥刂 别另刂 刮舌刂 到至刂 刺朿刂 刻亥刂 则贝刂 刚冈刂 删册刂 判半刂 副畐刂 割害刂 ' +
  '劈辟刀 努奴力 助且力 励厉力 劫去力 勤堇力 勒革力 勃孛力 劝又力 办力八 骂口口马 要西女';

/** Character → the ways it is written split. */
export const SPLITS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const token of SPLIT_TOKENS.split(' ')) {
    if (!token) continue;
    const [char = '', ...parts] = [...token];
    map.set(char, [...(map.get(char) ?? []), parts.join('')]);
  }
  return map;
})();
