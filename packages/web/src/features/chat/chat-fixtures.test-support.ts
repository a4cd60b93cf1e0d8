import type { ChatMessage } from '@hearth/contracts';

/** A message of conversation `c` for the tests: seq n, written at minute n unless told. */
export function message(seq: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  const authorId = overrides.authorId ?? 'grace';
  return {
    id: `m${seq}`,
    conversationId: 'c',
    seq,
    authorId,
    author: { id: authorId, displayName: authorId, avatarUrl: null },
    body: `message ${seq}`,
    html: `<p>message ${seq}</p>`,
    parentId: null,
    replyCount: 0,
    reactions: [],
    status: 'published',
    editedAt: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 9, seq)).toISOString(),
    ...overrides,
  };
}
