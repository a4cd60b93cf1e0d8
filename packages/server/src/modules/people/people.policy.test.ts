import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canDirectMessage, toDmPolicy } from './people.policy.js';

describe('people policy: who may DM whom', () => {
  it('follows the recipient policy, and a block always wins', () => {
    const expected = {
      everyone: { friend: true, stranger: true },
      friends: { friend: true, stranger: false },
      nobody: { friend: false, stranger: false },
    } as const;
    for (const recipientPolicy of ['everyone', 'friends', 'nobody'] as const) {
      for (const areFriends of [true, false]) {
        const allowed = canDirectMessage({ blockedEither: false, recipientPolicy, areFriends });
        assert.equal(allowed, expected[recipientPolicy][areFriends ? 'friend' : 'stranger'], `${recipientPolicy} × friends=${areFriends}`);
        assert.equal(canDirectMessage({ blockedEither: true, recipientPolicy, areFriends }), false, `${recipientPolicy} across a block`);
      }
    }
  });

  it('reads a missing setting as everyone and an unknown one as nobody', () => {
    assert.equal(toDmPolicy(undefined), 'everyone');
    assert.equal(toDmPolicy('friends'), 'friends');
    assert.equal(toDmPolicy('acquaintances'), 'nobody');
  });
});
