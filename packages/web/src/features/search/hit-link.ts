import type { SearchHit } from '@hearth/contracts';
import { paths } from '../../app/routes';

/** Where a search hit opens: the thread (at the comment), the chat, the profile or the space. */
export function hitHref(hit: Pick<SearchHit, 'kind' | 'id' | 'postId' | 'spaceId' | 'conversationId'>): string {
  switch (hit.kind) {
    case 'post':
      return paths.post(hit.id);
    case 'comment':
      return `${paths.post(hit.postId ?? hit.id)}#comment-${hit.id}`;
    case 'message':
      return hit.conversationId ? paths.conversation(hit.conversationId) : paths.space(hit.spaceId ?? '');
    case 'member':
      return paths.member(hit.id);
    case 'space':
      return paths.space(hit.id);
  }
}
