import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitHref } from './hit-link';

describe('hitHref', () => {
  it('opens each kind of hit where it lives', () => {
    assert.equal(hitHref({ kind: 'post', id: 'p1' }), '/posts/p1');
    assert.equal(hitHref({ kind: 'comment', id: 'c1', postId: 'p1' }), '/posts/p1#comment-c1');
    assert.equal(hitHref({ kind: 'message', id: 'm1', conversationId: 'd1' }), '/chat/d1');
    assert.equal(hitHref({ kind: 'message', id: 'm1', spaceId: 's1' }), '/spaces/s1');
    assert.equal(hitHref({ kind: 'member', id: 'u1' }), '/members/u1');
    assert.equal(hitHref({ kind: 'space', id: 's1' }), '/spaces/s1');
  });
});
