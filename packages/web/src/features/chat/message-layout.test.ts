import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message } from './chat-fixtures.test-support';
import { continuesGroup, countNewFromOthers, firstUnreadIndex, layoutMessages, readReceipt } from './message-layout';
import { activeTypers, nextTypingExpiry, noteTyping, shouldSendTyping, stopTyping } from './typing-state';

describe('grouping', () => {
  it('groups one author within five minutes', () => {
    const first = message(1, { createdAt: '2026-01-01T09:00:00.000Z' });
    assert.equal(continuesGroup(first, message(2, { createdAt: '2026-01-01T09:04:59.000Z' })), true);
    assert.equal(continuesGroup(first, message(2, { createdAt: '2026-01-01T09:05:00.000Z' })), false);
    assert.equal(continuesGroup(first, message(2, { authorId: 'alan', createdAt: '2026-01-01T09:01:00.000Z' })), false);
    assert.equal(continuesGroup(undefined, first), false);
  });

  it('starts a new group at the unread divider', () => {
    const rows = layoutMessages([message(1), message(2), message(3)], 1, 'me');
    assert.deepEqual(
      rows.map((row) => [row.isContinuation, row.isFirstUnread]),
      [
        [false, false],
        [false, true],
        [true, false],
      ],
    );
  });
});

describe('unread divider', () => {
  it('is at the first message after the read mark that someone else wrote', () => {
    const messages = [message(4), message(6, { authorId: 'me' }), message(7)];
    assert.equal(firstUnreadIndex(messages, 4, 'me'), 2);
    assert.equal(firstUnreadIndex(messages, 3, 'me'), 0);
    assert.equal(firstUnreadIndex(messages, 7, 'me'), -1);
  });

  it('counts new messages from others below', () => {
    assert.equal(countNewFromOthers([message(4), message(5, { authorId: 'me' }), message(6)], 4, 'me'), 1);
  });
});

describe('read receipts', () => {
  const members = [{ id: 'me' }, { id: 'grace' }, { id: 'alan' }];

  it("are under the caller's latest message, counting who read up to it", () => {
    const messages = [message(1, { authorId: 'me' }), message(2, { authorId: 'me' }), message(3)];
    assert.deepEqual(readReceipt(messages, 'me', members, { grace: 2, alan: 1 }), { messageId: 'm2', seenBy: 1, isDirect: false });
    assert.deepEqual(readReceipt(messages, 'me', members, { grace: 3, alan: 2 }), { messageId: 'm2', seenBy: 2, isDirect: false });
  });

  it('say "Seen" in a 1:1 and nothing before anyone read it', () => {
    const messages = [message(5, { authorId: 'me' })];
    assert.deepEqual(readReceipt(messages, 'me', [{ id: 'me' }, { id: 'grace' }], { grace: 5 }), {
      messageId: 'm5',
      seenBy: 1,
      isDirect: true,
    });
    assert.equal(readReceipt(messages, 'me', [{ id: 'me' }, { id: 'grace' }], { grace: 4 }), null);
    assert.equal(readReceipt([message(1)], 'me', members, { grace: 9 }), null);
  });
});

describe('typing', () => {
  it('expires five seconds after the last notice', () => {
    let state = noteTyping({}, 'grace', 1_000);
    state = noteTyping(state, 'alan', 3_000);
    assert.deepEqual(activeTypers(state, 5_999), ['grace', 'alan']);
    assert.deepEqual(activeTypers(state, 6_000), ['alan']);
    assert.equal(nextTypingExpiry(state, 2_000), 4_000);
    assert.equal(nextTypingExpiry(state, 9_000), null);
    assert.deepEqual(activeTypers(stopTyping(state, 'alan'), 3_500), ['grace']);
  });

  it('sends at most one frame every three seconds', () => {
    assert.equal(shouldSendTyping(0, 2_999), false);
    assert.equal(shouldSendTyping(0, 3_000), true);
    assert.equal(shouldSendTyping(Number.NEGATIVE_INFINITY, 0), true);
  });
});
