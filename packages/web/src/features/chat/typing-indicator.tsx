import type { AuthorRef } from '@hearth/contracts';
import { useTranslation } from 'react-i18next';

/** "Grace is typing…" under the messages; the line keeps its height so nothing jumps. */
export function TypingIndicator({ memberIds, people }: { memberIds: readonly string[]; people: ReadonlyMap<string, AuthorRef> }) {
  const { t } = useTranslation('chat');
  const names = memberIds.map((id) => people.get(id)?.displayName ?? t('typing.someone'));
  const text =
    names.length === 0
      ? ''
      : names.length === 1
        ? t('typing.one', { name: names[0] })
        : names.length === 2
          ? t('typing.two', { first: names[0], second: names[1] })
          : t('typing.many');
  return <p className="h-6 truncate px-3 text-sm leading-6 text-text-muted">{text}</p>;
}
