import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HIDDEN_AUTHOR_ID } from '@hearth/contracts';
import { message } from './chat-fixtures.test-support';
import {
  chatReducer,
  initialChatState,
  keepMine,
  mainMessages,
  mergeMessages,
  threadReplies,
  visiblePending,
  type ChatState,
  type PendingMessage,
} from './message-store';

const seqs = (state: ChatState) => state.messages.map((item) => item.seq);

function loaded(seqList: number[], baselineSeq = Math.max(0, ...seqList)): ChatState {
  return chatReducer(initialChatState, {
    type: 'loaded',
    items: seqList.map((seq) => message(seq)),
    hasMore: true,
    baselineSeq,
    readSeq: 1,
    reads: [{ memberId: 'alan', readSeq: 2 }],
  });
}

function pending(key: string, body: string, afterSeq: number, parentId: string | null = null): PendingMessage {
  return { key, body, parentId, status: 'sending', error: null, createdAt: '2026-01-01T09:00:00.000Z', afterSeq };
}

describe('mergeMessages', () => {
  it('keeps each message once, in seq order, whatever the order they come in', () => {
    const merged = mergeMessages([message(3), message(5)], [message(4), message(5), message(1)], 5);
    assert.deepEqual(
      merged.map((item) => item.seq),
      [1, 3, 4, 5],
    );
  });

  it('replaces a known message with the newer copy', () => {
    const merged = mergeMessages([message(1)], [message(1, { body: 'edited', editedAt: '2026-01-01T10:00:00.000Z' })], 1);
    assert.equal(merged[0]!.body, 'edited');
  });

  it('counts a new reply after the baseline on its parent, once', () => {
    const parent = message(1, { replyCount: 2 });
    const reply = message(4, { parentId: 'm1' });
    const once = mergeMessages([parent], [reply], 3);
    const twice = mergeMessages(once, [reply], 3);
    assert.equal(twice.find((item) => item.id === 'm1')!.replyCount, 3);
  });

  it('does not count replies the loaded reply count already includes', () => {
    const merged = mergeMessages([message(1, { replyCount: 2 })], [message(2, { parentId: 'm1' }), message(3, { parentId: 'm1' })], 5);
    assert.equal(merged.find((item) => item.id === 'm1')!.replyCount, 2);
  });
});

describe('keepMine', () => {
  it("keeps the caller's own marks on the room's counts", () => {
    const local = [
      { emoji: '👍', count: 1, mine: true },
      { emoji: '🎉', count: 1, mine: false },
    ];
    const incoming = [
      { emoji: '👍', count: 2, mine: false },
      { emoji: '🎉', count: 2, mine: false },
      { emoji: '🔥', count: 1, mine: false },
    ];
    assert.deepEqual(
      keepMine(incoming, local).map((reaction) => reaction.mine),
      [true, false, false],
    );
  });
});

describe('chatReducer', () => {
  it('loads the newest page with the read marks and the baseline', () => {
    const state = loaded([3, 4, 6], 7);
    assert.deepEqual(seqs(state), [3, 4, 6]);
    assert.equal(state.lastSeq, 7);
    assert.equal(state.hasOlder, true);
    assert.deepEqual(state.reads, { alan: 2 });
    assert.equal(state.openedReadSeq, 1);
  });

  it('prepends older pages and appends live messages without duplicates', () => {
    let state = loaded([5, 6]);
    state = chatReducer(state, { type: 'olderLoaded', items: [message(3), message(4)], hasMore: false });
    state = chatReducer(state, { type: 'received', message: message(7) });
    state = chatReducer(state, { type: 'received', message: message(7) });
    assert.deepEqual(seqs(state), [3, 4, 5, 6, 7]);
    assert.equal(state.hasOlder, false);
    assert.equal(state.lastSeq, 7);
  });

  it('applies message_updated only to known messages, keeping mine', () => {
    let state = loaded([1]);
    state = chatReducer(state, { type: 'reactionToggled', id: 'm1', emoji: '👍' });
    state = chatReducer(state, { type: 'updated', message: message(1, { reactions: [{ emoji: '👍', count: 2, mine: false }] }) });
    state = chatReducer(state, { type: 'updated', message: message(9) });
    assert.deepEqual(state.messages[0]!.reactions, [{ emoji: '👍', count: 2, mine: true }]);
    assert.deepEqual(seqs(state), [1]);
  });

  it('toggles a reaction optimistically and takes the server answer', () => {
    let state = loaded([1]);
    state = chatReducer(state, { type: 'reactionToggled', id: 'm1', emoji: '🎉' });
    assert.deepEqual(state.messages[0]!.reactions, [{ emoji: '🎉', count: 1, mine: true }]);
    state = chatReducer(state, { type: 'reactionsSet', id: 'm1', reactions: [{ emoji: '🎉', count: 3, mine: true }] });
    assert.equal(state.messages[0]!.reactions[0]!.count, 3);
  });

  it('shows deleted messages without their words', () => {
    const state = chatReducer(loaded([1]), { type: 'deleted', id: 'm1' });
    assert.equal(state.messages[0]!.status, 'deleted');
    assert.equal(state.messages[0]!.html, '');
  });

  it('never moves a read mark back', () => {
    let state = chatReducer(loaded([1]), { type: 'read', memberId: 'alan', readSeq: 5 });
    state = chatReducer(state, { type: 'read', memberId: 'alan', readSeq: 3 });
    assert.equal(state.reads.alan, 5);
  });

  it('replaces a pending message by the server one, even if the socket brought it first', () => {
    let state = loaded([1]);
    state = chatReducer(state, { type: 'sendStarted', pending: pending('k1', 'hello', 1) });
    state = chatReducer(state, { type: 'received', message: message(2, { authorId: 'me', body: 'hello' }) });
    state = chatReducer(state, { type: 'sendSucceeded', key: 'k1', message: message(2, { authorId: 'me', body: 'hello' }) });
    assert.deepEqual(seqs(state), [1, 2]);
    assert.deepEqual(state.pending, []);
  });

  it('keeps a failed message with its error, and retries it with the same key', () => {
    let state = chatReducer(loaded([1]), { type: 'sendStarted', pending: pending('k1', 'hello', 1) });
    state = chatReducer(state, { type: 'sendFailed', key: 'k1', error: 'offline' });
    assert.equal(state.pending[0]!.status, 'failed');
    assert.equal(state.pending[0]!.error, 'offline');
    state = chatReducer(state, { type: 'sendRetried', key: 'k1' });
    assert.equal(state.pending[0]!.status, 'sending');
    assert.equal(state.pending[0]!.key, 'k1');
  });

  it('tracks whether a thread has earlier replies', () => {
    let state = loaded([1]);
    state = chatReducer(state, {
      type: 'threadLoaded',
      rootId: 'm1',
      items: [message(8, { parentId: 'm1' })],
      hasMore: true,
      isOlder: false,
    });
    assert.equal(state.threadHasOlder.m1, true);
    state = chatReducer(state, {
      type: 'threadLoaded',
      rootId: 'm1',
      items: [message(3, { parentId: 'm1' })],
      hasMore: false,
      isOlder: true,
    });
    assert.equal(state.threadHasOlder.m1, false);
    assert.deepEqual(
      threadReplies(state.messages, 'm1').map((item) => item.seq),
      [3, 8],
    );
    assert.deepEqual(
      mainMessages(state.messages).map((item) => item.seq),
      [1],
    );
  });
});

describe('visiblePending', () => {
  it('hides a message still sending once its echo arrived, and only for one echo each', () => {
    const messages = [message(1), message(2, { authorId: 'me', body: 'ok' })];
    const items = [pending('a', 'ok', 1), pending('b', 'ok', 1), pending('c', 'other', 1)];
    assert.deepEqual(
      visiblePending(items, messages, 'me', null).map((item) => item.key),
      ['b', 'c'],
    );
  });

  it('always shows failed messages, and keeps threads apart', () => {
    const failed = { ...pending('a', 'ok', 0), status: 'failed' as const };
    assert.deepEqual(
      visiblePending([failed, pending('t', 'reply', 0, 'm1')], [], 'me', null).map((item) => item.key),
      ['a'],
    );
    assert.deepEqual(
      visiblePending([failed, pending('t', 'reply', 0, 'm1')], [], 'me', 'm1').map((item) => item.key),
      ['t'],
    );
  });
});

describe('messages withheld across a block', () => {
  it('replace what was shown: same seq, no words, no reactions, no author', () => {
    const shown = message(2, { reactions: [{ emoji: '👍', count: 1, mine: true }] });
    let state = chatReducer(loaded([1]), { type: 'received', message: shown });
    const withheld = message(2, {
      authorId: HIDDEN_AUTHOR_ID,
      author: { id: HIDDEN_AUTHOR_ID, displayName: '', avatarUrl: null },
      body: '',
      html: '',
      isHidden: true,
    });
    state = chatReducer(state, { type: 'updated', message: withheld });
    assert.deepEqual(seqs(state), [1, 2]);
    const [, second] = state.messages;
    assert.equal(second!.isHidden, true);
    assert.equal(second!.body, '');
    assert.deepEqual(second!.reactions, []);
  });
});
