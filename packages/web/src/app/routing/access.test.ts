import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Me } from '@hearth/contracts';
import { decideAccess, safeNext } from './access';

const member = (patch: Partial<Me> = {}) => ({ role: 'member', status: 'active', ...patch }) as Me;
const at = (location: string, me: Me | null, needsSetup = false) => ({ needsSetup, me, location });

describe('decideAccess', () => {
  it('sends everyone to setup until the community exists, and nobody there after', () => {
    assert.deepEqual(decideAccess('member', at('/', null, true)), { kind: 'redirect', to: '/setup' });
    assert.deepEqual(decideAccess('guest', at('/login', null, true)), { kind: 'redirect', to: '/setup' });
    assert.deepEqual(decideAccess('setup', at('/setup', null, true)), { kind: 'render' });
    assert.deepEqual(decideAccess('setup', at('/setup', member())), { kind: 'redirect', to: '/' });
  });

  it('sends visitors to sign in, remembering where they were going', () => {
    assert.deepEqual(decideAccess('member', at('/', null)), { kind: 'redirect', to: '/login' });
    assert.deepEqual(decideAccess('member', at('/members?q=a', null)), { kind: 'redirect', to: '/login?next=%2Fmembers%3Fq%3Da' });
  });

  it('keeps applicants on the application status page', () => {
    assert.deepEqual(decideAccess('member', at('/', member({ status: 'pending' }))), { kind: 'redirect', to: '/application-status' });
    assert.deepEqual(decideAccess('guest', at('/login', member({ status: 'declined' }))), { kind: 'redirect', to: '/application-status' });
    assert.deepEqual(decideAccess('applicant', at('/application-status', member({ status: 'pending' }))), { kind: 'render' });
  });

  it('lets staff, and only staff, into staff pages', () => {
    assert.deepEqual(decideAccess('staff', at('/admin', member())), { kind: 'forbidden' });
    assert.deepEqual(decideAccess('staff', at('/admin', member({ role: 'moderator' }))), { kind: 'render' });
  });

  it('sends signed-in members away from guest pages but not from mail links', () => {
    assert.deepEqual(decideAccess('guest', at('/login', member())), { kind: 'redirect', to: '/' });
    assert.deepEqual(decideAccess('public', at('/auth/reset', member())), { kind: 'render' });
  });
});

describe('safeNext', () => {
  it('accepts our paths and refuses other sites', () => {
    assert.equal(safeNext('/members/1'), '/members/1');
    assert.equal(safeNext('//evil.example'), null);
    assert.equal(safeNext('https://evil.example'), null);
    assert.equal(safeNext('/\\evil.example'), null);
    assert.equal(safeNext(null), null);
  });
});
