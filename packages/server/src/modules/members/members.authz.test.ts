/**
 * The admin routes of the members module × anonymous and each role (made by PATCHing
 * members as the owner). Each request is harmless (unknown ids, invalid bodies) so the
 * matrix tests access alone: below the route's level → 401/403 `forbidden`; at or above →
 * anything but that.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROLE_RANK, type Role } from '@hearth/contracts';
import type { ApiClient, TestApp } from '../../../test/harness.js';
import { memberWithRole, snapshot, startCommunity } from './members.test-support.js';

const UNKNOWN = '01900000-0000-7000-8000-000000000000';
const ACCESS: Record<string, number> = { moderator: 1, admin: 2, owner: 3 };

const routes: [string, 'moderator' | 'admin' | 'owner', string, string, unknown?][] = [
  ['list members', 'moderator', 'GET', '/api/admin/members'],
  ['read member', 'moderator', 'GET', `/api/admin/members/${UNKNOWN}`],
  ['member history', 'moderator', 'GET', `/api/admin/members/${UNKNOWN}/history`],
  ['change member', 'admin', 'PATCH', `/api/admin/members/${UNKNOWN}`, { role: 'member' }],
  ['approve', 'admin', 'POST', `/api/admin/members/${UNKNOWN}/approve`, {}],
  ['decline', 'admin', 'POST', `/api/admin/members/${UNKNOWN}/decline`, {}],
  ['tiers with counts', 'admin', 'GET', '/api/admin/tiers'],
  ['create tier', 'owner', 'POST', '/api/admin/tiers', { name: '' }],
  ['edit tier', 'owner', 'PATCH', `/api/admin/tiers/${UNKNOWN}`, { name: 'X' }],
  ['delete tier', 'owner', 'DELETE', `/api/admin/tiers/${UNKNOWN}`],
  ['reorder tiers', 'owner', 'PUT', '/api/admin/tiers/order', { ids: [UNKNOWN] }],
  ['replace topics', 'admin', 'PUT', '/api/admin/topics', { topics: 'none' }],
  ['list invites', 'admin', 'GET', '/api/invites'],
  ['create invite', 'admin', 'POST', '/api/invites', { expiresAt: '2000-01-01T00:00:00.000Z' }],
  ['revoke invite', 'admin', 'DELETE', `/api/invites/${UNKNOWN}`],
  ['invite QR', 'admin', 'GET', `/api/invites/${UNKNOWN}/qr.svg`],
];

describe('members admin authorisation matrix', () => {
  let app: TestApp;
  const clients = {} as Record<Role | 'anonymous', ApiClient>;

  before(async () => {
    const started = await startCommunity();
    app = started.app;
    clients.owner = started.owner;
    clients.anonymous = app.client();
    for (const role of ['admin', 'moderator', 'member'] as const) clients[role] = (await memberWithRole(app, started.owner, role)).client;
  });
  after(() => app.close());

  for (const [what, access, method, path, body] of routes) {
    it(`${method} ${path} (${what}) needs ${access}`, async () => {
      const before = await snapshot(app);
      for (const who of ['anonymous', 'member', 'moderator', 'admin', 'owner'] as const) {
        const res = await clients[who].request(method, path, body);
        const allowed = who !== 'anonymous' && ROLE_RANK[who] >= ACCESS[access]!;
        if (who === 'anonymous') assert.deepEqual([res.status, res.body.code], [401, 'unauthenticated'], what);
        else if (!allowed) assert.deepEqual([res.status, res.body.code], [403, 'forbidden'], `${who}: ${what}`);
        else
          assert.ok(res.status !== 401 && !(res.status === 403 && res.body.code === 'forbidden'), `${who} refused: ${what} ${res.status}`);
        if (allowed) assert.ok([200, 400, 404, 422].includes(res.status), `${who}: ${what} → ${res.status} ${JSON.stringify(res.body)}`);
      }
      assert.equal(await snapshot(app), before, `${what} changed rows`);
    });
  }
});
