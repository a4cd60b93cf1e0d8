import type { Locale } from '@hearth/contracts';

/** Where a demo thread goes: a starter space, or one the demo adds. */
export type DemoSpaceKey = 'discussion' | 'qa' | 'bookClub' | 'vipLounge';

export interface DemoComment {
  /** Index into the demo people. */
  by: number;
  body: string;
  /** Index of the earlier comment of the same thread this one answers. */
  replyTo?: number;
}

export interface DemoThread {
  space: DemoSpaceKey;
  by: number;
  title: string;
  body: string;
  comments: DemoComment[];
  /** Index of the accepted answer, for questions. */
  accepted?: number;
  hoursAgo: number;
}

export interface DemoSpaces {
  bookClub: { name: string; icon: string; description: string };
  chat: { name: string; icon: string; description: string; messages: { by: number; body: string }[] };
  vipLounge: { name: string; icon: string; description: string };
  section: string;
  threads: DemoThread[];
}

/** Extra spaces and a few lively threads in each language, written by the demo people. */
export const DEMO_THREADS: Record<Locale, DemoSpaces> = {
  'zh-TW': {
    section: '興趣小組',
    bookClub: { name: '讀書會', icon: '📚', description: '每週一本書，週日晚上線上討論。' },
    vipLounge: { name: 'VIP 會客室', icon: '✨', description: 'VIP 會員專屬：搶先看活動與幕後花絮。' },
    chat: {
      name: '咖啡閒聊',
      icon: '☕',
      description: '隨時進來聊兩句。',
      messages: [
        { by: 1, body: '早安！今天手沖的是衣索比亞耶加雪菲 ☕' },
        { by: 7, body: '好香的感覺！我剛烤好第四批可頌 🥐' },
        { by: 2, body: '週六有人要去華山看展嗎？' },
        { by: 8, body: '我要！順便帶相機去拍' },
        { by: 1, body: '展覽後可以來我攤位坐坐，請大家喝咖啡' },
        { by: 11, body: '好啊～我帶貓咪貼紙給大家 😺' },
      ],
    },
    threads: [
      {
        space: 'discussion',
        by: 2,
        hoursAgo: 30,
        title: '大家好，我是雅婷 👋',
        body: '剛加入社群！平常在新竹做 **UI 設計**，週末喜歡拿相機到處拍街景。\n\n有人也住新竹嗎？想找人一起去喝咖啡 ☕',
        comments: [
          { by: 1, body: '歡迎雅婷！下次來台北可以到大稻埕找我，請你喝一杯手沖。' },
          { by: 8, body: '我也愛拍街景，改天一起去掃街！', replyTo: 0 },
          { by: 11, body: '新竹的「晨光咖啡」很推薦，貓也很可愛 🐱' },
        ],
      },
      {
        space: 'qa',
        by: 7,
        hoursAgo: 20,
        title: '可頌一直烤不出層次，是哪裡出問題？',
        body: '照著食譜做了三次，切開都是實心的 😢\n\n- 奶油用的是無鹽發酵奶油\n- 冷藏鬆弛 30 分鐘\n- 烤箱 200°C 烤 18 分鐘\n\n請問哪個步驟最可能出錯？',
        comments: [
          { by: 5, body: '多半是奶油在擀的時候融化了。每折一次都冷藏 20–30 分鐘，室溫最好低於 24°C。' },
          { by: 1, body: '也可以確認一下最後發酵：溫度太高奶油會流出來，層次就不見了。' },
          { by: 7, body: '原來如此！我都在冷氣房外面擀，下次試試看，謝謝兩位 🙏', replyTo: 0 },
        ],
        accepted: 0,
      },
      {
        space: 'bookClub',
        by: 0,
        hoursAgo: 8,
        title: '本週共讀：《被討厭的勇氣》第一夜',
        body: '這週我們讀第一夜「否定心理創傷」。\n\n> 決定我們自己的，不是過去的經驗，而是我們賦予經驗的意義。\n\n大家讀完最有感的一句是哪一句？週日晚上 8 點線上見！',
        comments: [
          { by: 10, body: '「目的論」的觀點讓我重新想了很多和學生相處的方式。' },
          { by: 6, body: '我覺得這本書用對話的形式寫，讀起來比想像中輕鬆。' },
        ],
      },
      {
        space: 'vipLounge',
        by: 0,
        hoursAgo: 3,
        title: '下個月的線下聚會，先跟 VIP 們透露地點 🤫',
        body: '我們訂到了赤峰街的一間老屋咖啡館，可以容納 30 人。\n\nVIP 會員可以提早一週報名，名額有限！',
        comments: [{ by: 3, body: '太好了，我一定到！' }],
      },
    ],
  },
  'zh-CN': {
    section: '兴趣小组',
    bookClub: { name: '读书会', icon: '📚', description: '每周一本书，周日晚上线上讨论。' },
    vipLounge: { name: 'VIP 会客室', icon: '✨', description: 'VIP 会员专属：抢先看活动和幕后花絮。' },
    chat: {
      name: '咖啡闲聊',
      icon: '☕',
      description: '随时进来聊两句。',
      messages: [
        { by: 1, body: '早上好！今天手冲的是埃塞俄比亚耶加雪菲 ☕' },
        { by: 7, body: '好香的感觉！我刚烤好第四批可颂 🥐' },
        { by: 2, body: '周六有人要去西岸美术馆看展吗？' },
        { by: 8, body: '我要！顺便带相机去拍' },
        { by: 1, body: '看完展可以来我摊位坐坐，请大家喝咖啡' },
        { by: 11, body: '好呀～我带猫咪贴纸给大家 😺' },
      ],
    },
    threads: [
      {
        space: 'discussion',
        by: 2,
        hoursAgo: 30,
        title: '大家好，我是晓雯 👋',
        body: '刚加入社群！平时在杭州做 **UI 设计**，周末喜欢拿相机到处拍街景。\n\n有人也在杭州吗？想找人一起去喝咖啡 ☕',
        comments: [
          { by: 1, body: '欢迎晓雯！下次来上海可以到武康路找我，请你喝一杯手冲。' },
          { by: 8, body: '我也爱拍街景，改天一起去扫街！', replyTo: 0 },
          { by: 11, body: '杭州的「晨光咖啡」很推荐，猫也很可爱 🐱' },
        ],
      },
      {
        space: 'qa',
        by: 7,
        hoursAgo: 20,
        title: '可颂一直烤不出层次，是哪里出问题？',
        body: '照着配方做了三次，切开都是实心的 😢\n\n- 黄油用的是无盐发酵黄油\n- 冷藏松弛 30 分钟\n- 烤箱 200°C 烤 18 分钟\n\n请问哪个步骤最可能出错？',
        comments: [
          { by: 5, body: '多半是黄油在擀的时候化了。每折一次都冷藏 20–30 分钟，室温最好低于 24°C。' },
          { by: 1, body: '也可以检查一下最后发酵：温度太高黄油会流出来，层次就没了。' },
          { by: 7, body: '原来如此！我都在空调房外面擀，下次试试，谢谢两位 🙏', replyTo: 0 },
        ],
        accepted: 0,
      },
      {
        space: 'bookClub',
        by: 0,
        hoursAgo: 8,
        title: '本周共读：《被讨厌的勇气》第一夜',
        body: '这周我们读第一夜「否定心理创伤」。\n\n> 决定我们自身的不是过去的经历，而是我们自己赋予经历的意义。\n\n大家读完最有感触的一句是哪一句？周日晚上 8 点线上见！',
        comments: [
          { by: 10, body: '「目的论」的观点让我重新想了很多和学生相处的方式。' },
          { by: 6, body: '我觉得这本书用对话的形式写，读起来比想象中轻松。' },
        ],
      },
      {
        space: 'vipLounge',
        by: 0,
        hoursAgo: 3,
        title: '下个月的线下聚会，先跟 VIP 们透露地点 🤫',
        body: '我们订到了安福路的一间老洋房咖啡馆，可以容纳 30 人。\n\nVIP 会员可以提前一周报名，名额有限！',
        comments: [{ by: 3, body: '太好了，我一定到！' }],
      },
    ],
  },
  en: {
    section: 'Interest groups',
    bookClub: { name: 'Book club', icon: '📚', description: 'One book a week, talked over online on Sunday evenings.' },
    vipLounge: { name: 'VIP lounge', icon: '✨', description: 'For VIP members: early news about events, and behind the scenes.' },
    chat: {
      name: 'Coffee chat',
      icon: '☕',
      description: 'Drop in for a quick chat.',
      messages: [
        { by: 1, body: 'Morning! Brewing an Ethiopian Yirgacheffe today ☕' },
        { by: 7, body: 'Sounds lovely. My fourth batch of croissants just came out 🥐' },
        { by: 2, body: 'Anyone up for the design exhibition on Saturday?' },
        { by: 8, body: 'Me! I will bring my camera' },
        { by: 1, body: 'Come by my stall afterwards, coffee is on me' },
        { by: 11, body: 'Deal, I will bring cat stickers for everyone 😺' },
      ],
    },
    threads: [
      {
        space: 'discussion',
        by: 2,
        hoursAgo: 30,
        title: 'Hi everyone, Sofia here 👋',
        body: 'Just joined! I work in **UI design** and spend weekends taking street photos.\n\nAnyone else around Barcelona? Coffee is on me ☕',
        comments: [
          { by: 1, body: 'Welcome, Sofia! If you are ever in town, come by my stall and I will pour you a filter coffee.' },
          { by: 8, body: 'Street photography buddies unite, let us do a photo walk!', replyTo: 0 },
          { by: 11, body: 'There is a café near the old harbour with two very friendly cats 🐱' },
        ],
      },
      {
        space: 'qa',
        by: 7,
        hoursAgo: 20,
        title: 'Why do my croissants have no layers?',
        body: 'Third attempt and they are solid inside 😢\n\n- cultured unsalted butter\n- 30 minutes rest in the fridge\n- 200°C for 18 minutes\n\nWhich step is most likely wrong?',
        comments: [
          {
            by: 5,
            body: 'Most likely the butter melts while you roll. Chill 20–30 minutes after every fold and keep the room below 24°C.',
          },
          { by: 1, body: 'Check the final proof too: too warm and the butter leaks out, taking the layers with it.' },
          { by: 7, body: 'That is it, my kitchen is far too warm. Trying again this weekend, thank you both 🙏', replyTo: 0 },
        ],
        accepted: 0,
      },
      {
        space: 'bookClub',
        by: 0,
        hoursAgo: 8,
        title: 'This week: "The Courage to Be Disliked", the first night',
        body: 'We are reading the first night, "Deny trauma".\n\n> We are not determined by our experiences, but by the meaning we give them.\n\nWhich line stayed with you? See you online on Sunday at 8 pm!',
        comments: [
          { by: 10, body: 'The idea of teleology changed how I think about my students.' },
          { by: 6, body: 'The dialogue format makes it a much easier read than I expected.' },
        ],
      },
      {
        space: 'vipLounge',
        by: 0,
        hoursAgo: 3,
        title: 'Next month’s meetup: the venue, for VIPs first 🤫',
        body: 'We booked an old townhouse café that fits 30 people.\n\nVIP members can sign up a week early, places are limited!',
        comments: [{ by: 3, body: 'Brilliant, I will be there!' }],
      },
    ],
  },
};
