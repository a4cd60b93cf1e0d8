import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Role } from '@hearth/contracts';
import { canGrantRole, checkMemberChange, outranks } from './members.policy.js';

const as = (id: string, role: Role) => ({ id, role });

describe('members policy', () => {
  it('ranks strictly: nobody outranks their own rank', () => {
    assert.equal(outranks('owner', 'admin'), true);
    assert.equal(outranks('admin', 'moderator'), true);
    assert.equal(outranks('moderator', 'member'), true);
    assert.equal(outranks('admin', 'admin'), false);
    assert.equal(outranks('owner', 'owner'), false);
    assert.equal(outranks('member', 'moderator'), false);
  });

  it('grants only roles below the actor, and owners may make owners', () => {
    assert.deepEqual(
      (['owner', 'admin', 'moderator', 'member'] as Role[]).filter((r) => canGrantRole('owner', r)),
      ['owner', 'admin', 'moderator', 'member'],
    );
    assert.deepEqual(
      (['owner', 'admin', 'moderator', 'member'] as Role[]).filter((r) => canGrantRole('admin', r)),
      ['moderator', 'member'],
    );
    assert.deepEqual(
      (['owner', 'admin', 'moderator', 'member'] as Role[]).filter((r) => canGrantRole('moderator', r)),
      ['member'],
    );
  });

  it('lets an owner promote a member to admin or owner and move tiers', () => {
    assert.equal(checkMemberChange(as('o', 'owner'), as('m', 'member'), { role: 'admin' }, 1), null);
    assert.equal(checkMemberChange(as('o', 'owner'), as('a', 'admin'), { role: 'owner' }, 1), null);
    assert.equal(checkMemberChange(as('o', 'owner'), as('a', 'admin'), { tierId: 't' }, 1), null);
  });

  it('lets an admin manage moderators and members up to moderator', () => {
    assert.equal(checkMemberChange(as('a', 'admin'), as('m', 'member'), { role: 'moderator' }, 1), null);
    assert.equal(checkMemberChange(as('a', 'admin'), as('d', 'moderator'), { role: 'member', tierId: 't' }, 1), null);
    assert.equal(checkMemberChange(as('a', 'admin'), as('m', 'member'), { role: 'admin' }, 1), 'owner_required');
    assert.equal(checkMemberChange(as('a', 'admin'), as('m', 'member'), { role: 'owner' }, 1), 'owner_required');
  });

  it('refuses changes to peers and superiors', () => {
    assert.equal(checkMemberChange(as('a', 'admin'), as('b', 'admin'), { tierId: 't' }, 1), 'outranked');
    assert.equal(checkMemberChange(as('a', 'admin'), as('o', 'owner'), { tierId: 't' }, 2), 'outranked');
    assert.equal(checkMemberChange(as('o', 'owner'), as('p', 'owner'), { role: 'admin' }, 2), 'outranked');
    assert.equal(checkMemberChange(as('d', 'moderator'), as('m', 'member'), { tierId: 't' }, 1), null);
  });

  it('refuses changing yourself, and keeps the last owner', () => {
    assert.equal(checkMemberChange(as('o', 'owner'), as('o', 'owner'), { role: 'admin' }, 1), 'last_owner');
    assert.equal(checkMemberChange(as('o', 'owner'), as('o', 'owner'), { role: 'admin' }, 2), 'own_role');
    assert.equal(checkMemberChange(as('o', 'owner'), as('o', 'owner'), { tierId: 't' }, 1), 'own_role');
    assert.equal(checkMemberChange(as('a', 'admin'), as('a', 'admin'), { role: 'moderator' }, 1), 'own_role');
    assert.equal(checkMemberChange(as('o', 'owner'), as('o', 'owner'), { role: 'owner' }, 1), 'own_role');
  });
});
