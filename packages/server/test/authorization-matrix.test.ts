/**
 * Every route of the contract × anonymous and each role: the server must refuse exactly
 * those below the route's access level (401 anonymous, 403 signed-in), and must not refuse
 * those at or above it with 401/403 on the access check.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ROLE_RANK, type Role } from '@hearth/contracts';
import { setUpCommunity, startTestApp, type TestApp } from './harness.js';
import { fillPath, freshSessionClient, membersByRole, routeEntries, send } from './routes-util.js';

const ACCESS_RANK = { member: 0, moderator: 1, admin: 2, owner: 3 } as const;
const ROLES: Role[] = ['member', 'moderator', 'admin', 'owner'];

describe('authorisation matrix', () => {
  let app: TestApp;
  let ids: Record<Role, string>;
  before(async () => {
    app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
    const owner = await setUpCommunity(app);
    const me = await owner.get('/api/me');
    ids = await membersByRole(app, me.body.member.id);
  });
  after(() => app.close());

  for (const [name, route] of routeEntries) {
    if (route.access === 'public') continue;
    it(`${route.method} ${route.path} (${name}) requires ${route.access}`, async () => {
      const path = fillPath(route, { id: ids.member });
      const anonymous = await send(app.client(), route, path);
      assert.equal(anonymous.status, 401, `anonymous got ${anonymous.status}`);
      assert.equal(anonymous.body.code, 'unauthenticated');
      for (const role of ROLES) {
        const client = await freshSessionClient(app, ids[role]);
        const res = await send(client, route, path);
        const allowed = ROLE_RANK[role] >= ACCESS_RANK[route.access as keyof typeof ACCESS_RANK];
        if (allowed) {
          assert.ok(
            !(res.status === 401 || (res.status === 403 && res.body.code === 'forbidden')),
            `${role} was refused: ${res.status} ${JSON.stringify(res.body)}`,
          );
        } else {
          assert.equal(res.status, 403, `${role} got ${res.status} ${JSON.stringify(res.body)}`);
          assert.equal(res.body.code, 'forbidden');
        }
      }
    });
  }

  it('pending applicants reach only the routes marked pendingOk', async () => {
    const pending = await app.hearth.modules.members.service.createMember(app.hearth.platform.db, {
      email: 'pending-matrix@example.com',
      displayName: 'Pending',
      role: 'member',
      status: 'pending',
      locale: 'en',
      timeZone: 'UTC',
    });
    for (const [, route] of routeEntries) {
      if (route.access !== 'member' || route.method !== 'GET') continue;
      const client = await freshSessionClient(app, pending.id);
      const res = await send(client, route, fillPath(route, { id: ids.member }));
      if (route.pendingOk) assert.notEqual(res.body?.code, 'account_pending', route.path);
      else assert.equal(res.body.code, 'account_pending', route.path);
    }
  });
});
