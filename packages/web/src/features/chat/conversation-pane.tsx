import { ArrowLeft, RotateCw } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isApiError } from '../../api/api-error';
import { paths } from '../../app/routes';
import { useSignedInMember } from '../../app/session/session-context';
import { useDocumentTitle } from '../../app/use-document-title';
import { useErrorText } from '../../app/use-error-text';
import { Alert, Button, buttonClass, Skeleton } from '../../ui';
import { PresenceLine } from '../presence/presence-dot';
import { usePresence } from '../presence/use-presence';
import { conversationQuery } from './chat-queries';
import { ChatView, ConversationMissing } from './chat-view';
import { ConversationAvatar, dmPartnerOf } from './conversation-list';

/**
 * One DM beside (or, on phones, instead of) the list: its title and people, then the chat.
 * `isAlone`: the list is not on screen, so the title is the page's heading and a back link leads to it.
 */
export function ConversationPane({ id, isAlone }: { id: string; isAlone: boolean }) {
  const { t } = useTranslation('chat');
  const me = useSignedInMember();
  const errorText = useErrorText();
  const conversation = useQuery(conversationQuery(id));
  useDocumentTitle(conversation.data?.conversation.title ?? t('list.title'));
  const partnerId = conversation.data ? dmPartnerOf(conversation.data.conversation, me) : null;
  const partnerPresence = usePresence(partnerId ? [partnerId] : [])(partnerId ?? '');
  const Heading = isAlone ? 'h1' : 'h2';

  const back = isAlone && (
    <Link
      href={paths.chat}
      aria-label={t('list.back')}
      title={t('list.back')}
      className={buttonClass({ variant: 'ghost', className: '-ml-2 size-11 px-0' })}
    >
      <ArrowLeft className="size-5" aria-hidden="true" />
    </Link>
  );

  if (conversation.isError) {
    if (isApiError(conversation.error) && (conversation.error.status === 404 || conversation.error.status === 403)) {
      return (
        <div className="flex min-w-0 flex-1 flex-col">
          <ConversationMissing
            action={
              <Link href={paths.chat} className={buttonClass({ variant: 'secondary' })}>
                {t('list.back')}
              </Link>
            }
          />
        </div>
      );
    }
    return (
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        {back}
        <Alert tone="danger" title={t('conversation.loadFailed')}>
          <p>{errorText(conversation.error)}</p>
          <Button
            variant="secondary"
            size="sm"
            className="mt-2"
            onClick={() => void conversation.refetch()}
            icon={<RotateCw className="size-4" aria-hidden="true" />}
          >
            {t('conversation.retry')}
          </Button>
        </Alert>
      </div>
    );
  }

  const data = conversation.data?.conversation;
  const others = data ? data.members.filter((member) => member.id !== me.id).length : 0;
  return (
    <section aria-labelledby="conversation-title" className="flex min-h-0 min-w-0 flex-1 flex-col gap-2">
      <header className="flex min-w-0 items-center gap-2 border-b border-border pb-2">
        {back}
        {data ? (
          <>
            <ConversationAvatar conversation={data} me={me} isOnline={partnerPresence?.online === true} />
            <div className="min-w-0 flex-1">
              <Heading id="conversation-title" className="truncate text-lg font-semibold">
                {data.title}
              </Heading>
              {others > 1 && <p className="text-sm text-text-muted">{t('conversation.members', { count: others + 1 })}</p>}
              {partnerId && <PresenceLine presence={partnerPresence} />}
            </div>
          </>
        ) : (
          <>
            <Skeleton isRound className="size-10" />
            <Skeleton className="h-6 w-40" />
          </>
        )}
      </header>
      <ChatView key={id} conversationId={id} />
    </section>
  );
}
