import { MessageCircle, SquarePen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFullHeightShell } from '../../app/shell/full-height';
import { useDocumentTitle } from '../../app/use-document-title';
import { useMediaQuery } from '../../app/use-media-query';
import { Button, cn, EmptyState } from '../../ui';
import { ConversationList } from './conversation-list';
import { ConversationPane } from './conversation-pane';
import { NewMessageDialog } from './new-message-dialog';

/** From this width the list and the open conversation are side by side. */
const SIDE_BY_SIDE_QUERY = '(min-width: 64rem)';

/** The tab's title while no conversation is open (an open one names itself). */
function ListTitle() {
  const { t } = useTranslation('chat');
  useDocumentTitle(t('list.title'));
  return null;
}

function NoConversationOpen() {
  const { t } = useTranslation('chat');
  return (
    <div className="flex min-w-0 flex-1 items-center justify-center">
      <EmptyState icon={<MessageCircle className="size-6" />} title={t('list.pickTitle')} className="w-full max-w-md">
        {t('list.pickBody')}
      </EmptyState>
    </div>
  );
}

/**
 * Direct messages. Wide screens: the list and the open conversation side by side. Phones:
 * /chat is the list, /chat/:id the conversation with a way back.
 */
export function ChatsLayout({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation('chat');
  useFullHeightShell();
  const isSideBySide = useMediaQuery(SIDE_BY_SIDE_QUERY);
  const [isStarting, setStarting] = useState(false);
  const showList = isSideBySide || selectedId === null;

  return (
    <div className="flex min-h-0 flex-1 gap-6">
      {selectedId === null && <ListTitle />}
      {showList && (
        <section
          aria-labelledby="chats-title"
          className={cn('flex min-h-0 flex-col gap-3', isSideBySide ? 'w-72 shrink-0' : 'min-w-0 flex-1')}
        >
          <div className="flex items-center justify-between gap-2">
            <h1 id="chats-title" className="text-2xl font-bold tracking-tight">
              {t('list.title')}
            </h1>
            <Button size="sm" onClick={() => setStarting(true)} icon={<SquarePen className="size-4" aria-hidden="true" />}>
              {t('newMessage.open')}
            </Button>
          </div>
          <ConversationList selectedId={selectedId} onStart={() => setStarting(true)} />
        </section>
      )}
      {selectedId !== null ? (
        <ConversationPane key={selectedId} id={selectedId} isAlone={!isSideBySide} />
      ) : (
        isSideBySide && <NoConversationOpen />
      )}
      <NewMessageDialog open={isStarting} onClose={() => setStarting(false)} />
    </div>
  );
}

/** /chat — the caller's direct messages. */
export default function ChatsPage() {
  return <ChatsLayout selectedId={null} />;
}
