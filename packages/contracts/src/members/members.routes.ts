import { z } from 'zod';
import { defineRoute, Id, Page, PageQuery } from '../common/index.js';
import {
  AdminMember, AdminMemberListQuery, AdminUpdateMemberBody, CompleteStepBody, CreateInviteBody, DecisionBody,
  Invite, InvitePreview, MemberChange, MemberListQuery, MemberProfile, MemberSummary, Me, Onboarding,
  OnboardingStepId, Tier, TierBody, TierOrderBody, TierPatchBody, Topic, TopicsBody, UpdateProfileBody,
} from './members.schemas.js';

const tags = ['members'] as const;
const admin = ['admin'] as const;
const idParams = z.object({ id: Id });

export const memberRoutes = {
  me: defineRoute({ method: 'GET', path: '/api/me', summary: 'The signed-in member', tags, access: 'member', pendingOk: true, status: 200, response: z.object({ member: Me }) }),
  updateMe: defineRoute({ method: 'PATCH', path: '/api/me', summary: 'Edit the caller\'s profile', tags, access: 'member', pendingOk: true, body: UpdateProfileBody, status: 200, response: z.object({ member: Me }) }),
  uploadAvatar: defineRoute({ method: 'POST', path: '/api/me/avatar', summary: 'Upload an avatar (PNG, JPEG, WebP, GIF; re-encoded to WebP)', tags, access: 'member', pendingOk: true, multipart: { field: 'file', maxBytes: 5 * 1024 * 1024 }, status: 200, response: z.object({ member: Me }) }),
  deleteAvatar: defineRoute({ method: 'DELETE', path: '/api/me/avatar', summary: 'Remove the caller\'s avatar', tags, access: 'member', pendingOk: true, status: 200, response: z.object({ member: Me }) }),
  avatar: defineRoute({ method: 'GET', path: '/api/avatars/:key', summary: 'An avatar image', tags, access: 'public', params: z.object({ key: z.string().regex(/^[A-Za-z0-9_-]{8,80}\.webp$/) }), status: 200, response: null, produces: 'image/webp' }),
  onboarding: defineRoute({ method: 'GET', path: '/api/me/onboarding', summary: 'The caller\'s onboarding steps', tags, access: 'member', status: 200, response: Onboarding }),
  completeOnboardingStep: defineRoute({ method: 'POST', path: '/api/me/onboarding/:step', summary: 'Mark an onboarding step done', tags, access: 'member', params: z.object({ step: OnboardingStepId }), body: CompleteStepBody.optional(), status: 200, response: Onboarding }),
  directory: defineRoute({ method: 'GET', path: '/api/members', summary: 'Member directory; `q` matches names (繁/简 alike, partial)', tags, access: 'member', query: MemberListQuery, status: 200, response: Page(MemberSummary) }),
  member: defineRoute({ method: 'GET', path: '/api/members/:id', summary: 'A member\'s profile', tags, access: 'member', params: idParams, status: 200, response: z.object({ member: MemberProfile }) }),
  topics: defineRoute({ method: 'GET', path: '/api/topics', summary: 'The community\'s topics (interests)', tags, access: 'public', status: 200, response: z.object({ items: z.array(Topic) }) }),
  tiers: defineRoute({ method: 'GET', path: '/api/tiers', summary: 'Tiers with descriptions and perks', tags, access: 'public', status: 200, response: z.object({ items: z.array(Tier) }) }),
  invitePreview: defineRoute({ method: 'GET', path: '/api/invites/:code', summary: 'Whether an invite code is valid', tags, access: 'public', params: z.object({ code: z.string().max(64) }), status: 200, response: InvitePreview }),

  adminMembers: defineRoute({ method: 'GET', path: '/api/admin/members', summary: 'Members with filters', tags: admin, access: 'moderator', query: AdminMemberListQuery, status: 200, response: Page(AdminMember) }),
  adminMember: defineRoute({ method: 'GET', path: '/api/admin/members/:id', summary: 'A member with admin fields', tags: admin, access: 'moderator', params: idParams, status: 200, response: z.object({ member: AdminMember }) }),
  adminUpdateMember: defineRoute({ method: 'PATCH', path: '/api/admin/members/:id', summary: 'Change a member\'s role or tier (recorded)', tags: admin, access: 'admin', params: idParams, body: AdminUpdateMemberBody, status: 200, response: z.object({ member: AdminMember }) }),
  approveMember: defineRoute({ method: 'POST', path: '/api/admin/members/:id/approve', summary: 'Approve an application', tags: admin, access: 'admin', params: idParams, body: DecisionBody.optional(), status: 200, response: z.object({ member: AdminMember }) }),
  declineMember: defineRoute({ method: 'POST', path: '/api/admin/members/:id/decline', summary: 'Decline an application', tags: admin, access: 'admin', params: idParams, body: DecisionBody.optional(), status: 200, response: z.object({ member: AdminMember }) }),
  memberHistory: defineRoute({ method: 'GET', path: '/api/admin/members/:id/history', summary: 'Role, tier and status changes of a member', tags: admin, access: 'moderator', params: idParams, query: PageQuery, status: 200, response: Page(MemberChange) }),

  adminTiers: defineRoute({ method: 'GET', path: '/api/admin/tiers', summary: 'Tiers with member counts', tags: admin, access: 'admin', status: 200, response: z.object({ items: z.array(Tier) }) }),
  createTier: defineRoute({ method: 'POST', path: '/api/admin/tiers', summary: 'Add a tier (ranked highest)', tags: admin, access: 'owner', body: TierBody, status: 201, response: z.object({ tier: Tier }) }),
  updateTier: defineRoute({ method: 'PATCH', path: '/api/admin/tiers/:id', summary: 'Rename or describe a tier', tags: admin, access: 'owner', params: idParams, body: TierPatchBody, status: 200, response: z.object({ tier: Tier }) }),
  deleteTier: defineRoute({ method: 'DELETE', path: '/api/admin/tiers/:id', summary: 'Delete a tier nobody is in', tags: admin, access: 'owner', params: idParams, status: 204, response: null }),
  reorderTiers: defineRoute({ method: 'PUT', path: '/api/admin/tiers/order', summary: 'Set tier ranks, lowest first', tags: admin, access: 'owner', body: TierOrderBody, status: 200, response: z.object({ items: z.array(Tier) }) }),
  updateTopics: defineRoute({ method: 'PUT', path: '/api/admin/topics', summary: 'Replace the community\'s topics', tags: admin, access: 'admin', body: TopicsBody, status: 200, response: z.object({ items: z.array(Topic) }) }),

  invites: defineRoute({ method: 'GET', path: '/api/invites', summary: 'Invite links', tags: admin, access: 'admin', query: PageQuery, status: 200, response: Page(Invite) }),
  createInvite: defineRoute({ method: 'POST', path: '/api/invites', summary: 'Create an invite link with a source label', tags: admin, access: 'admin', body: CreateInviteBody, status: 201, response: Invite, idempotent: true }),
  revokeInvite: defineRoute({ method: 'DELETE', path: '/api/invites/:id', summary: 'Revoke an invite link', tags: admin, access: 'admin', params: idParams, status: 204, response: null }),
  inviteQr: defineRoute({ method: 'GET', path: '/api/invites/:id/qr.svg', summary: 'QR code of an invite link', tags: admin, access: 'admin', params: idParams, status: 200, response: null, produces: 'image/svg+xml' }),
} as const;
