import { useParams } from 'wouter';
import { ChatsLayout } from './chats-page';

/** /chat/:id — one conversation (beside the list on wide screens). */
export default function ConversationPage() {
  const { id = '' } = useParams<{ id: string }>();
  return <ChatsLayout selectedId={id} />;
}
