import { Quote, Reply } from 'lucide-react';
import { useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from './item-actions';
import { quoteMarkdown } from './quote';
import { selectedTextWithin } from './selected-text';
import { useThread } from './thread-context';

const iconClass = 'size-4';

/**
 * Reply and Quote for the thread or one comment. Quote takes the text selected inside `body`
 * (read on pointer-down, before the click clears the selection), else the whole `source`.
 */
export function ReplyActions({ parentId, body, source }: { parentId: string | null; body: RefObject<HTMLElement | null>; source: string }) {
  const { t } = useTranslation('spaces');
  const thread = useThread();
  const selection = useRef('');
  if (!thread.canReply) return null;
  const quote = () => {
    const text = selection.current || selectedTextWithin(body.current) || source;
    selection.current = '';
    thread.openReply({ parentId, quote: { text: quoteMarkdown(text) } });
  };
  return (
    <>
      <ActionButton icon={<Reply className={iconClass} aria-hidden="true" />} onClick={() => thread.openReply({ parentId, quote: null })}>
        {t('actions.reply')}
      </ActionButton>
      <ActionButton
        icon={<Quote className={iconClass} aria-hidden="true" />}
        onPointerDown={() => (selection.current = selectedTextWithin(body.current))}
        onClick={quote}
      >
        {t('actions.quote')}
      </ActionButton>
    </>
  );
}
