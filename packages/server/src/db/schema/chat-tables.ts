/** Conversations, messages and presence. */
export interface ConversationTable {
  id: string;
  kind: string;
  spaceId: string | null;
  pairKey: string | null;
  lastSeq: number;
  lastMessageAt: number | null;
  createdBy: string | null;
  createdAt: number;
}

export interface ConversationMemberTable {
  conversationId: string;
  memberId: string;
  readSeq: number;
  isDm: number;
  lastMessageAt: number | null;
  joinedAt: number;
}

export interface MessageTable {
  id: string;
  conversationId: string;
  seq: number;
  authorId: string;
  parentId: string | null;
  body: string;
  html: string;
  text: string;
  status: string;
  replyCount: number;
  editedAt: number | null;
  deletedAt: number | null;
  createdAt: number;
}

export interface MessageReactionTable {
  messageId: string;
  emoji: string;
  memberId: string;
  createdAt: number;
}

export interface MemberPresenceTable {
  memberId: string;
  nodeId: string;
  sockets: number;
  updatedAt: number;
}

/** The chat module's tables, merged into `Database` (db/schema.ts). */
export interface ChatTables {
  conversation: ConversationTable;
  conversationMember: ConversationMemberTable;
  message: MessageTable;
  messageReaction: MessageReactionTable;
  memberPresence: MemberPresenceTable;
}
