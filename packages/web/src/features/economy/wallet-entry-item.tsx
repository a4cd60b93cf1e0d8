import { EarningRuleId, type WalletEntry } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format/use-format';
import { paths } from '../../app/routes';
import { Avatar, cn } from '../../ui';
import { ChipBadge } from './chip-badge';

type Kind =
  | 'tip'
  | 'grant'
  | 'deduct'
  | 'mint'
  | 'burn'
  | 'transfer'
  | 'reversal'
  | 'earn'
  | 'expire'
  | 'gift'
  | 'hold'
  | 'settle'
  | 'release'
  | 'market_fill'
  | 'other';
const KNOWN: readonly Kind[] = [
  'tip',
  'grant',
  'deduct',
  'mint',
  'burn',
  'transfer',
  'reversal',
  'earn',
  'expire',
  'gift',
  'hold',
  'settle',
  'release',
  'market_fill',
];

/** Memos the server writes as markers (earning rules, expiry, make-ups), said in the reader's language. */
function useMemoText(memo: string | null): string | null {
  const { t } = useTranslation('economy');
  if (!memo) return null;
  const rule = /^points_rule:([a-z_]+)(?::(undone|removed))?$/.exec(memo);
  const id = EarningRuleId.safeParse(rule?.[1]);
  if (rule && id.success) {
    const name = t(`earning.rules.${id.data}`);
    return rule[2] === 'undone'
      ? t('earning.memo.undone', { rule: name })
      : rule[2] === 'removed'
        ? t('earning.memo.removed', { rule: name })
        : name;
  }
  if (memo === 'points_expiry') return t('earning.memo.expiry');
  if (memo === 'checkin_makeup') return t('earning.memo.makeUp');
  return memo;
}

/** Where a tip's link leads: the thread (or comment), or the conversation of a message. */
function tipHref(entry: WalletEntry): string | null {
  const tip = entry.tip;
  if (!tip) return null;
  if (tip.postId) return tip.kind === 'comment' ? `${paths.post(tip.postId)}#comment-${tip.id}` : paths.post(tip.postId);
  return tip.conversationId ? paths.conversation(tip.conversationId) : null;
}

/** One movement: who was on the other side, why, how much in or out, and when. */
export function WalletEntryItem({ entry }: { entry: WalletEntry }) {
  const { t } = useTranslation('economy');
  const format = useFormat();
  const kind: Kind = (KNOWN as readonly string[]).includes(entry.kind) ? (entry.kind as Kind) : 'other';
  const who =
    entry.counterpart.type === 'member'
      ? entry.counterpart.member.displayName
      : t(
          `history.system.${entry.counterpart.label === 'escrow' || entry.counterpart.label === 'market' || entry.counterpart.label === 'erased' ? entry.counterpart.label : 'community'}`,
        );
  const memo = useMemoText(entry.memo);
  const isIn = entry.direction === 'in';
  const href = tipHref(entry);
  const sentence = t(`history.kinds.${kind}.${isIn ? 'in' : 'out'}`, { name: who });
  return (
    <li className="flex items-start gap-3 px-3 py-3 sm:px-4">
      {entry.counterpart.type === 'member' ? (
        <Avatar name={entry.counterpart.member.displayName} src={entry.counterpart.member.avatarUrl} size="md" isDecorative />
      ) : (
        <ChipBadge asset={entry.asset} />
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className="text-sm break-words">
          {href ? (
            <Link href={href} className="underline-offset-2 hover:underline">
              {sentence}
            </Link>
          ) : (
            sentence
          )}
        </p>
        {memo && <p className="text-sm break-words text-text-muted">{memo}</p>}
        <p className="text-xs text-text-muted">
          <time dateTime={entry.createdAt} title={format.dateTime(entry.createdAt)}>
            {format.relative(entry.createdAt)}
          </time>
        </p>
      </div>
      <p className={cn('shrink-0 text-right text-sm font-semibold tabular-nums', isIn ? 'text-success' : 'text-text')}>
        <span className="sr-only">{isIn ? t('history.received') : t('history.spent')} </span>
        <span aria-hidden="true">{isIn ? '+' : '−'}</span>
        {format.number(entry.amount)} <span className="font-normal text-text-muted">{entry.asset.name}</span>
      </p>
    </li>
  );
}
