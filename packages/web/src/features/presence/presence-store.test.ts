import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { clearPresence, mergePresence, notePresence } from './presence-store';

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, second)).toISOString();

describe('presence store', () => {
  beforeEach(() => clearPresence());

  it('shows the answer until a newer event arrives', () => {
    const answer = { memberId: 'g', online: true, lastSeenAt: at(10) };
    assert.deepEqual(mergePresence('g', answer), { online: true, lastSeenAt: at(10) });
    notePresence({ type: 'presence', memberId: 'g', online: false, at: at(5) });
    assert.deepEqual(mergePresence('g', answer), { online: true, lastSeenAt: at(10) }, 'an event older than the answer is ignored');
    notePresence({ type: 'presence', memberId: 'g', online: false, at: at(20) });
    assert.deepEqual(mergePresence('g', answer), { online: false, lastSeenAt: at(20) });
  });

  it('keeps the newest event when events cross, and knows members the answer did not cover', () => {
    notePresence({ type: 'presence', memberId: 'g', online: true, at: at(30) });
    notePresence({ type: 'presence', memberId: 'g', online: false, at: at(25) });
    assert.deepEqual(mergePresence('g', undefined), { online: true, lastSeenAt: at(30) });
    assert.equal(mergePresence('x', undefined), undefined);
    assert.deepEqual(mergePresence('n', { memberId: 'n', online: false, lastSeenAt: null }), { online: false, lastSeenAt: null });
  });
});
