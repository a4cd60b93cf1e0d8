import type { Post } from '@hearth/contracts';
import { createContext, useContext } from 'react';
import type { QuoteRequest } from './reply-box';
import type { RevisionsTarget } from './revisions-dialog';

export interface ReplyTarget {
  /** The comment answered, or null for the thread. */
  parentId: string | null;
  quote: QuoteRequest | null;
}

/** What the thread page shares with every comment: the post, who may do what, and the page's dialogs. */
export interface ThreadContextValue {
  post: Post;
  spaceId: string;
  isQa: boolean;
  /** The thread's author or a moderator, in a Q&A space: may accept an answer. */
  canAccept: boolean;
  canReply: boolean;
  reply: ReplyTarget | null;
  openReply: (target: ReplyTarget) => void;
  closeReply: () => void;
  showHistory: (target: RevisionsTarget) => void;
  askDelete: (target: { kind: 'post' | 'comment'; id: string }) => void;
  accept: (commentId: string | null) => void;
  isAccepting: boolean;
  toggleReaction: (target: 'post' | 'comment', id: string, emoji: string, mine: boolean) => void;
  /** The comment just posted, scrolled to and marked for a moment. */
  highlightId: string | null;
  onCommentPosted: (commentId: string) => void;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

export function useThread(): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error('useThread is used outside the thread page');
  return value;
}
