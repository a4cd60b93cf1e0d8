/** Helpers for HTTP tests of any module: a set-up community, members with roles, problem checks. */
import assert from 'node:assert/strict';
import type { Role } from '@hearth/contracts';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from './harness.js';

/** A fresh app with a set-up community; rate limits off so tests can register freely. */
export async function startCommunity(options: { locale?: 'en' | 'zh-TW' | 'zh-CN' } = {}) {
  const app = await startTestApp({ env: { HEARTH_RATE_LIMIT: 'false' } });
  const owner = await setUpCommunity(app, options);
  const ownerId = (await owner.get('/api/me')).body.member.id as string;
  return { app, owner, ownerId };
}

/** Registers a member and, as the owner, gives them `role` through the admin API. */
export async function memberWithRole(app: TestApp, owner: ApiClient, role: Role, overrides: Record<string, unknown> = {}) {
  const { client, member } = await registerMember(app, overrides);
  if (role !== 'member') {
    const res = await owner.patch(`/api/admin/members/${member.id}`, { role });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  return { client, id: member.id };
}

/** Asserts a problem+json response with the given status and code. */
export function assertProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(res.body.code, code, JSON.stringify(res.body));
}
