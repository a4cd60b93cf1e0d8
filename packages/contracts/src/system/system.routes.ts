import { defineRoute } from '../common/index.js';
import { Community, Health, SetupBody, SetupResult, SetupStatus, UpdateCommunityBody } from './system.schemas.js';

const tags = ['system'] as const;

export const systemRoutes = {
  health: defineRoute({
    method: 'GET',
    path: '/api/health',
    summary: 'Liveness and adapters in use',
    tags,
    access: 'public',
    status: 200,
    response: Health,
  }),
  setupStatus: defineRoute({
    method: 'GET',
    path: '/api/setup',
    summary: 'Whether the first-run wizard is still needed',
    tags,
    access: 'public',
    status: 200,
    response: SetupStatus,
  }),
  setup: defineRoute({
    method: 'POST',
    path: '/api/setup',
    summary: 'Create the community and its owner (only once)',
    tags,
    access: 'public',
    body: SetupBody,
    status: 201,
    response: SetupResult,
  }),
  community: defineRoute({
    method: 'GET',
    path: '/api/community',
    summary: 'The community: name, policy, tiers',
    tags,
    access: 'public',
    status: 200,
    response: Community,
  }),
  updateCommunity: defineRoute({
    method: 'PATCH',
    path: '/api/admin/community',
    summary: 'Change community settings and join policy',
    tags,
    access: 'admin',
    body: UpdateCommunityBody,
    status: 200,
    response: Community,
  }),
} as const;
