/** Helpers shared by the members module's HTTP tests. */
import assert from 'node:assert/strict';
import type { Role } from '@hearth/contracts';
import { sql } from 'kysely';
import { registerMember, setUpCommunity, startTestApp, type ApiClient, type TestApp } from '../../../test/harness.js';

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

const TABLES = ['member', 'member_name_gram', 'member_change', 'tier', 'topic', 'invite', 'mail'] as const;

/** Every row of the members module's tables (and the outbox), to prove a refusal changed nothing. */
export async function snapshot(app: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(app.hearth.platform.db);
    parts.push(table, ...rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort());
  }
  return parts.join('\n');
}

/** Asserts a problem+json response with the given status and code. */
export function assertProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(res.body.code, code, JSON.stringify(res.body));
}
