import { z } from 'zod';
import { defineRoute, Id } from '../common/index.js';
import {
  LockTrustBody,
  TrustLevels,
  TrustLevelsQuery,
  TrustSettings,
  TrustStatus,
  UnlockTrustBody,
  UpdateTrustSettingsBody,
} from './trust.schemas.js';

const tags = ['trust'] as const;
const idParams = z.object({ id: Id });

/** Trust levels 0–4: the member's own, a member's for staff, locks, and the owner's thresholds. */
export const trustRoutes = {
  myTrust: defineRoute({
    method: 'GET',
    path: '/api/me/trust',
    summary: 'My trust level: what it lets me do and what unlocks the next',
    tags,
    access: 'member',
    status: 200,
    response: TrustStatus,
  }),
  memberTrust: defineRoute({
    method: 'GET',
    path: '/api/admin/members/:id/trust',
    summary: "A member's trust level, its numbers and any lock",
    tags,
    access: 'moderator',
    params: idParams,
    status: 200,
    response: TrustStatus,
  }),
  lockTrust: defineRoute({
    method: 'PUT',
    path: '/api/admin/members/:id/trust/lock',
    summary: "Lock a member's trust level (it no longer follows their numbers), with a reason",
    tags,
    access: 'admin',
    params: idParams,
    body: LockTrustBody,
    status: 200,
    response: TrustStatus,
  }),
  unlockTrust: defineRoute({
    method: 'POST',
    path: '/api/admin/members/:id/trust/unlock',
    summary: "Unlock a member's trust level (it follows their numbers again), with a reason",
    tags,
    access: 'admin',
    params: idParams,
    body: UnlockTrustBody,
    status: 200,
    response: TrustStatus,
  }),
  trustLevels: defineRoute({
    method: 'GET',
    path: '/api/admin/trust/levels',
    summary: 'Trust levels of several members (the review queue shows its authors’)',
    tags,
    access: 'moderator',
    query: TrustLevelsQuery,
    status: 200,
    response: TrustLevels,
  }),
  getTrustSettings: defineRoute({
    method: 'GET',
    path: '/api/admin/trust/settings',
    summary: 'What each trust level takes, and whether new members are limited',
    tags,
    access: 'moderator',
    status: 200,
    response: TrustSettings,
  }),
  updateTrustSettings: defineRoute({
    method: 'PATCH',
    path: '/api/admin/trust/settings',
    summary: 'Change what each trust level takes',
    tags,
    access: 'admin',
    body: UpdateTrustSettingsBody,
    status: 200,
    response: TrustSettings,
  }),
} as const;
