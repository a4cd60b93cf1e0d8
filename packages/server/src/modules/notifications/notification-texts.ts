import type { Locale, NotificationKind } from '@hearth/contracts';

/** What a line about one notification needs, whatever the channel (email, push, digest). */
export interface Describable {
  kind: NotificationKind;
  actorName: string | null;
  actorCount: number;
  count: number;
  title: string;
  emoji: string | null;
  action: string | null;
}

type Phrasebook = {
  line(n: Describable): string;
  digestSubject(community: string, count: number): string;
  digestIntro(community: string, frequency: 'daily' | 'weekly'): string;
  digestNewThreads: string;
  open: string;
  settingsHint(link: string): string;
  someone: string;
};

const q = (title: string, open: string, close: string) => (title ? ` ${open}${title}${close}` : '');

const en: Phrasebook = {
  someone: 'Someone',
  line(n) {
    const actor = n.actorName ?? this.someone;
    const others = n.actorCount > 1 ? ` and ${n.actorCount - 1} other${n.actorCount > 2 ? 's' : ''}` : '';
    const t = q(n.title, '“', '”');
    switch (n.kind) {
      case 'mention':
        return `${actor} mentioned you in${t}`;
      case 'reply':
        return `${actor} replied to you in${t}`;
      case 'thread_reply':
        return n.count > 1 ? `${n.count} new replies in${t}` : `${actor} replied in${t}`;
      case 'dm':
        return n.count > 1 ? `${n.count} new messages from ${actor}${others}` : `${actor} sent you a message`;
      case 'reaction':
        return `${actor}${others} reacted ${n.emoji ?? ''} to${t}`.replace('  ', ' ');
      case 'follow':
        return `${actor} started following you`;
      case 'moderation':
        return n.action === 'locked'
          ? `A moderator locked your thread${t}`
          : n.action === 'moved'
            ? `A moderator moved your thread${t}`
            : `A moderator removed your post in${t}`;
      case 'tip':
        return n.title ? `${actor} tipped you ${n.action ?? ''} for${t}` : `${actor} tipped you ${n.action ?? ''} for your message`;
      case 'report':
        return n.action === 'removed'
          ? 'Your report was handled: a moderator removed the content'
          : n.action === 'upheld'
            ? 'Your report was handled: a moderator took action'
            : 'Your report was reviewed: a moderator found no violation';
      case 'perk_order':
        return n.action === 'cancelled'
          ? `${actor} cancelled their redemption of${t}`
          : n.action === 'expired'
            ? `An order for${t} expired unfulfilled`
            : `${actor} redeemed${t}: fulfil the order`;
      case 'perk_redemption':
        return n.action === 'fulfilled'
          ? `Your redemption of${t} was fulfilled`
          : n.action === 'declined'
            ? `Your redemption of${t} was declined; the price is back in your wallet`
            : n.action === 'refunded'
              ? `Your redemption of${t} was refunded`
              : `Your redemption of${t} expired; the price is back in your wallet`;
      case 'level_up':
        return `You reached the level ${n.title}`;
      case 'badge':
        return `You earned the badge ${n.emoji ?? ''} ${n.title}`;
      case 'points_expiring':
        return `${n.action ?? ''} points expire on ${n.title}`;
      case 'chip':
        return n.action === 'gift'
          ? `${actor} gave you ${n.title}`
          : n.action === 'approved'
            ? `Your chip${t} was approved`
            : `Your request for the chip${t} was declined`;
      case 'market':
        return n.action === 'filled'
          ? `${actor} took the last of your order: ${n.title}`
          : `${actor} filled part of your order: ${n.title}`;
    }
  },
  digestSubject: (community, count) => `${count} thing${count === 1 ? '' : 's'} you missed in ${community}`,
  digestIntro: (community, frequency) =>
    `Here is what happened in ${community} ${frequency === 'daily' ? 'since yesterday' : 'this past week'} while you were away.`,
  digestNewThreads: 'New threads in your spaces',
  open: 'Open',
  settingsHint: (link) => `You get this because of your notification settings. Change them here: ${link}`,
};

const zhTW: Phrasebook = {
  someone: '有人',
  line(n) {
    const actor = n.actorName ?? this.someone;
    const others = n.actorCount > 1 ? `等 ${n.actorCount} 人` : '';
    const t = q(n.title, '「', '」');
    switch (n.kind) {
      case 'mention':
        return `${actor} 在${t}中提到了你`;
      case 'reply':
        return `${actor} 在${t}中回覆了你`;
      case 'thread_reply':
        return n.count > 1 ? `${t.trim()}有 ${n.count} 則新回覆` : `${actor} 在${t}中回覆`;
      case 'dm':
        return n.count > 1 ? `${actor}${others}傳來 ${n.count} 則新訊息` : `${actor} 傳了訊息給你`;
      case 'reaction':
        return `${actor}${others}對${t}回應了 ${n.emoji ?? ''}`.trim();
      case 'follow':
        return `${actor} 開始追蹤你`;
      case 'moderation':
        return n.action === 'locked'
          ? `管理員鎖定了你的主題${t}`
          : n.action === 'moved'
            ? `管理員移動了你的主題${t}`
            : `管理員移除了你在${t}的內容`;
      case 'tip':
        return n.title ? `${actor} 在${t}打賞了你 ${n.action ?? ''}` : `${actor} 為你的訊息打賞了 ${n.action ?? ''}`;
      case 'report':
        return n.action === 'removed'
          ? '你的檢舉已處理：管理員移除了該內容'
          : n.action === 'upheld'
            ? '你的檢舉已處理：管理員已採取行動'
            : '你的檢舉已審閱：管理員認為沒有違規';
      case 'perk_order':
        return n.action === 'cancelled'
          ? `${actor} 取消了兌換${t}`
          : n.action === 'expired'
            ? `${t.trim()}的一筆訂單逾時未處理`
            : `${actor} 兌換了${t}，請處理訂單`;
      case 'perk_redemption':
        return n.action === 'fulfilled'
          ? `你兌換的${t}已完成交付`
          : n.action === 'declined'
            ? `你兌換的${t}被婉拒，款項已退回你的錢包`
            : n.action === 'refunded'
              ? `你兌換的${t}已退款`
              : `你兌換的${t}逾時未處理，款項已退回你的錢包`;
      case 'level_up':
        return `你升級為「${n.title}」`;
      case 'badge':
        return `你獲得了徽章 ${n.emoji ?? ''}「${n.title}」`;
      case 'points_expiring':
        return `你有 ${n.action ?? ''} 積分將在 ${n.title} 到期`;
      case 'chip':
        return n.action === 'gift'
          ? `${actor} 送給你 ${n.title}`
          : n.action === 'approved'
            ? `你的籌碼${t}已通過審核`
            : `你的籌碼${t}申請未獲通過`;
      case 'market':
        return n.action === 'filled' ? `${actor} 買下了你掛單的最後部分：${n.title}` : `${actor} 與你的掛單部分成交：${n.title}`;
    }
  },
  digestSubject: (community, count) => `你在 ${community} 錯過了 ${count} 則動態`,
  digestIntro: (community, frequency) => `以下是你不在時 ${community} ${frequency === 'daily' ? '從昨天到現在' : '這一週'}的動態。`,
  digestNewThreads: '你的空間裡的新主題',
  open: '開啟',
  settingsHint: (link) => `你會收到這封信是因為你的通知設定。可在這裡變更：${link}`,
};

const zhCN: Phrasebook = {
  someone: '有人',
  line(n) {
    const actor = n.actorName ?? this.someone;
    const others = n.actorCount > 1 ? `等 ${n.actorCount} 人` : '';
    const t = q(n.title, '“', '”');
    switch (n.kind) {
      case 'mention':
        return `${actor} 在${t}中提到了你`;
      case 'reply':
        return `${actor} 在${t}中回复了你`;
      case 'thread_reply':
        return n.count > 1 ? `${t.trim()}有 ${n.count} 条新回复` : `${actor} 在${t}中回复`;
      case 'dm':
        return n.count > 1 ? `${actor}${others}发来 ${n.count} 条新消息` : `${actor} 给你发了消息`;
      case 'reaction':
        return `${actor}${others}对${t}做出了 ${n.emoji ?? ''} 回应`.trim();
      case 'follow':
        return `${actor} 开始关注你`;
      case 'moderation':
        return n.action === 'locked'
          ? `管理员锁定了你的主题${t}`
          : n.action === 'moved'
            ? `管理员移动了你的主题${t}`
            : `管理员移除了你在${t}的内容`;
      case 'tip':
        return n.title ? `${actor} 在${t}打赏了你 ${n.action ?? ''}` : `${actor} 为你的消息打赏了 ${n.action ?? ''}`;
      case 'report':
        return n.action === 'removed'
          ? '你的举报已处理：管理员移除了该内容'
          : n.action === 'upheld'
            ? '你的举报已处理：管理员已采取行动'
            : '你的举报已审阅：管理员认为没有违规';
      case 'perk_order':
        return n.action === 'cancelled'
          ? `${actor} 取消了兑换${t}`
          : n.action === 'expired'
            ? `${t.trim()}的一笔订单超时未处理`
            : `${actor} 兑换了${t}，请处理订单`;
      case 'perk_redemption':
        return n.action === 'fulfilled'
          ? `你兑换的${t}已完成交付`
          : n.action === 'declined'
            ? `你兑换的${t}被婉拒，款项已退回你的钱包`
            : n.action === 'refunded'
              ? `你兑换的${t}已退款`
              : `你兑换的${t}超时未处理，款项已退回你的钱包`;
      case 'level_up':
        return `你升级为「${n.title}」`;
      case 'badge':
        return `你获得了徽章 ${n.emoji ?? ''}「${n.title}」`;
      case 'points_expiring':
        return `你有 ${n.action ?? ''} 积分将在 ${n.title} 到期`;
      case 'chip':
        return n.action === 'gift'
          ? `${actor} 送给你 ${n.title}`
          : n.action === 'approved'
            ? `你的筹码${t}已通过审核`
            : `你的筹码${t}申请未获通过`;
      case 'market':
        return n.action === 'filled' ? `${actor} 买下了你挂单的最后部分：${n.title}` : `${actor} 与你的挂单部分成交：${n.title}`;
    }
  },
  digestSubject: (community, count) => `你在 ${community} 错过了 ${count} 条动态`,
  digestIntro: (community, frequency) => `以下是你不在时 ${community} ${frequency === 'daily' ? '从昨天到现在' : '这一周'}的动态。`,
  digestNewThreads: '你的空间里的新主题',
  open: '打开',
  settingsHint: (link) => `你收到这封邮件是因为你的通知设置。可在这里更改：${link}`,
};

export const PHRASEBOOKS: Record<Locale, Phrasebook> = { en, 'zh-TW': zhTW, 'zh-CN': zhCN };
