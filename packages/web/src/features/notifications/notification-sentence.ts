import type { Notification } from '@hearth/contracts';

/** The `notifications` keys a sentence is made from. */
export type SentenceKey =
  | 'sentence.mention'
  | 'sentence.mentionUntitled'
  | 'sentence.reply'
  | 'sentence.replyUntitled'
  | 'sentence.threadReply'
  | 'sentence.threadReplies'
  | 'sentence.dm'
  | 'sentence.dmMany'
  | 'sentence.reaction'
  | 'sentence.reactionUntitled'
  | 'sentence.follow'
  | 'sentence.moderationDeleted'
  | 'sentence.moderationLocked'
  | 'sentence.moderationMoved'
  | 'sentence.moderationOther'
  | 'sentence.tip'
  | 'sentence.tipUntitled'
  | 'sentence.reportRemoved'
  | 'sentence.reportUpheld'
  | 'sentence.reportDismissed'
  | 'sentence.perkOrder'
  | 'sentence.perkOrderCancelled'
  | 'sentence.perkOrderExpired'
  | 'sentence.perkFulfilled'
  | 'sentence.perkDeclined'
  | 'sentence.perkRefunded'
  | 'sentence.perkExpired'
  | 'sentence.levelUp'
  | 'sentence.badgeAwarded'
  | 'sentence.pointsExpiring'
  | 'sentence.chipGift'
  | 'sentence.chipApproved'
  | 'sentence.chipDeclined'
  | 'sentence.marketFill'
  | 'sentence.marketFilled';

/** A translate function over the `notifications` namespace (i18next's `t`, or a test double). */
export type Translate = (key: SentenceKey | 'actors.group' | 'someone', options?: Record<string, unknown>) => string;

const CJK_END = /[\u3400-\u9fff]$/u;

type Described = Pick<
  Notification,
  'kind' | 'actor' | 'actorCount' | 'count' | 'title' | 'emoji' | 'action' | 'tipAmount' | 'chipEvent' | 'perkEvent' | 'marketEvent'
> &
  Partial<Pick<Notification, 'reportOutcome'>>;

/** Which sentence fits: grouped entries (3 new replies, 2 messages) and missing titles read differently. */
export function sentenceKeyOf(n: Described): SentenceKey {
  const hasTitle = n.title.trim() !== '';
  switch (n.kind) {
    case 'mention':
      return hasTitle ? 'sentence.mention' : 'sentence.mentionUntitled';
    case 'reply':
      return hasTitle ? 'sentence.reply' : 'sentence.replyUntitled';
    case 'thread_reply':
      return n.count > 1 ? 'sentence.threadReplies' : 'sentence.threadReply';
    case 'dm':
      return n.count > 1 ? 'sentence.dmMany' : 'sentence.dm';
    case 'reaction':
      return hasTitle ? 'sentence.reaction' : 'sentence.reactionUntitled';
    case 'follow':
      return 'sentence.follow';
    case 'tip':
      return hasTitle ? 'sentence.tip' : 'sentence.tipUntitled';
    case 'report':
      return n.reportOutcome === 'removed'
        ? 'sentence.reportRemoved'
        : n.reportOutcome === 'upheld'
          ? 'sentence.reportUpheld'
          : 'sentence.reportDismissed';
    case 'perk_order':
      return n.perkEvent === 'cancelled'
        ? 'sentence.perkOrderCancelled'
        : n.perkEvent === 'expired'
          ? 'sentence.perkOrderExpired'
          : 'sentence.perkOrder';
    case 'perk_redemption':
      return n.perkEvent === 'fulfilled'
        ? 'sentence.perkFulfilled'
        : n.perkEvent === 'declined'
          ? 'sentence.perkDeclined'
          : n.perkEvent === 'refunded'
            ? 'sentence.perkRefunded'
            : 'sentence.perkExpired';
    case 'level_up':
      return 'sentence.levelUp';
    case 'badge':
      return 'sentence.badgeAwarded';
    case 'points_expiring':
      return 'sentence.pointsExpiring';
    case 'chip':
      return n.chipEvent === 'approved'
        ? 'sentence.chipApproved'
        : n.chipEvent === 'declined'
          ? 'sentence.chipDeclined'
          : 'sentence.chipGift';
    case 'market':
      return n.marketEvent === 'filled' ? 'sentence.marketFilled' : 'sentence.marketFill';
    case 'moderation':
      switch (n.action) {
        case 'deleted':
          return 'sentence.moderationDeleted';
        case 'locked':
          return 'sentence.moderationLocked';
        case 'moved':
          return 'sentence.moderationMoved';
        case null:
          return 'sentence.moderationOther';
      }
  }
}

/**
 * The entry as one sentence in the UI language ("Ada and 2 others reacted 👍 to “Title”").
 * Plain text: names, titles and emoji are interpolated unescaped and must be shown as text.
 */
export function notificationSentence(n: Described, t: Translate): string {
  const actor = n.actor?.displayName ?? t('someone');
  const others = n.actorCount - 1;
  const actors = others > 0 ? t('actors.group', { actor, count: others }) : actor;
  const text = t(sentenceKeyOf(n), { actor, actors, count: n.count, title: n.title, emoji: n.emoji ?? '', amount: n.tipAmount ?? '' });
  // The templates keep a space after a name ("Ada 對…"), which Chinese does not write after "…2 人".
  return CJK_END.test(actors) ? text.replace(`${actors} `, actors) : text;
}
