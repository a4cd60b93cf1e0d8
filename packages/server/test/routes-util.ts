import { allRoutes, type RouteContract, type Role } from '@hearth/contracts';
import type { TestApp } from './harness.js';
import type { ApiClient } from './harness.js';

export const routeEntries = Object.entries(allRoutes) as [string, RouteContract][];

/** Fills `:params` with the given values (or a syntactically valid unknown id). */
export function fillPath(route: RouteContract, values: Record<string, string> = {}): string {
  return route.path.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(values[name] ?? defaultParam(name)));
}

function defaultParam(name: string): string {
  if (name === 'key') return 'AAAAAAAAAAAAAAAA.webp';
  if (name === 'step') return 'welcome';
  if (name === 'code') return 'nosuchcode';
  return '01900000-0000-7000-8000-000000000000';
}

/**
 * A client signed in as `memberId` through a brand-new session, created directly (no
 * argon2 per request), so routes that end sessions cannot disturb other requests.
 */
export async function freshSessionClient(app: TestApp, memberId: string): Promise<ApiClient> {
  const token = await app.hearth.modules.identity.sessions.create(app.hearth.platform.db, memberId, 'matrix');
  const client = app.client();
  client.cookies.set('hearth_session', token);
  return client;
}

/** Creates one active member of each role and returns their ids. */
export async function membersByRole(app: TestApp, ownerId: string): Promise<Record<Role, string>> {
  const { db } = app.hearth.platform;
  const ids: Partial<Record<Role, string>> = { owner: ownerId };
  for (const role of ['admin', 'moderator', 'member'] as const) {
    const member = await app.hearth.modules.members.service.createMember(db, {
      email: `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`,
      displayName: `Matrix ${role}`,
      role,
      status: 'active',
      locale: 'en',
      timeZone: 'UTC',
    });
    ids[role] = member.id;
  }
  return ids as Record<Role, string>;
}

export async function send(client: ApiClient, route: RouteContract, path: string, body?: unknown) {
  return client.request(route.method, path, route.method === 'GET' || route.method === 'DELETE' ? undefined : (body ?? {}));
}
