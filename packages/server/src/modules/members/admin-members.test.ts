import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerMember, type ApiClient, type TestApp } from '../../../test/harness.js';
import { assertProblem, memberWithRole, snapshot, startCommunity } from './members.test-support.js';

describe('admin members', () => {
  let app: TestApp;
  let owner: ApiClient;
  let ownerId: string;
  let admin: { client: ApiClient; id: string };
  let moderator: { client: ApiClient; id: string };
  let plain: { client: ApiClient; id: string };
  let tiers: { id: string; name: string; rank: number }[];

  before(async () => {
    ({ app, owner, ownerId } = await startCommunity());
    admin = await memberWithRole(app, owner, 'admin', { displayName: '管理員 Alice' });
    moderator = await memberWithRole(app, owner, 'moderator', { displayName: '版主 Bob' });
    plain = await memberWithRole(app, owner, 'member', { displayName: '張曉明' });
    tiers = (await owner.get('/api/tiers')).body.items;
  });
  after(() => app.close());

  it('lets moderators list and read members with admin fields', async () => {
    const list = await moderator.client.get('/api/admin/members');
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 4);
    assert.deepEqual(
      list.body.items.map((m: { id: string }) => m.id),
      [plain.id, moderator.id, admin.id, ownerId],
    );
    assert.ok(list.body.items.every((m: { email: string }) => m.email.includes('@')));
    const one = await moderator.client.get(`/api/admin/members/${plain.id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.member.displayName, '張曉明');
    assert.deepEqual([one.body.member.source, one.body.member.inviteCode, one.body.member.answers], [null, null, []]);
    assertProblem(await moderator.client.get('/api/admin/members/01900000-0000-7000-8000-000000000000'), 404, 'not_found');
  });

  it('filters by role, tier, status, source and name (繁/简 alike), and pages without gaps', async () => {
    const byRole = await owner.get('/api/admin/members?role=moderator');
    assert.deepEqual(
      byRole.body.items.map((m: { id: string }) => m.id),
      [moderator.id],
    );
    const byName = await owner.get(`/api/admin/members?q=${encodeURIComponent('晓明')}`);
    assert.deepEqual(
      byName.body.items.map((m: { id: string }) => m.id),
      [plain.id],
    );
    const byLatin = await owner.get('/api/admin/members?q=alic');
    assert.deepEqual(
      byLatin.body.items.map((m: { id: string }) => m.id),
      [admin.id],
    );
    const byTier = await owner.get(`/api/admin/members?tierId=${tiers[2]!.id}`);
    assert.deepEqual(byTier.body.items, []);
    assert.deepEqual((await owner.get('/api/admin/members?status=pending')).body.items, []);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await owner.get(
        `/api/admin/members?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((m) => m.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, [plain.id, moderator.id, admin.id, ownerId]);
    assertProblem(await owner.get('/api/admin/members?status=sleeping'), 400, 'invalid_input');
    assertProblem(await owner.get('/api/admin/members?cursor=garbage'), 400, 'invalid_input');
  });

  it('shows the source label and invite code of members who joined by invite', async () => {
    const invite = await admin.client.post('/api/invites', { source: 'flyer-2026' });
    assert.equal(invite.status, 201);
    const { member } = await registerMember(app, { inviteCode: invite.body.code, displayName: 'Invited Ivy' });
    const list = await owner.get('/api/admin/members?source=flyer-2026');
    assert.deepEqual(
      list.body.items.map((m: { id: string }) => m.id),
      [member.id],
    );
    assert.equal(list.body.items[0].source, 'flyer-2026');
    assert.equal(list.body.items[0].inviteCode, invite.body.code);
  });

  it('changes role and tier, recording each change with actor and reason', async () => {
    const res = await admin.client.patch(`/api/admin/members/${plain.id}`, {
      role: 'moderator',
      tierId: tiers[1]!.id,
      reason: 'Helps a lot',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.member.role, 'moderator');
    assert.equal(res.body.member.tier.id, tiers[1]!.id);
    const same = await admin.client.patch(`/api/admin/members/${plain.id}`, { role: 'moderator' });
    assert.equal(same.status, 200);
    const history = await moderator.client.get(`/api/admin/members/${plain.id}/history`);
    assert.equal(history.status, 200);
    const changes = history.body.items.map((c: Record<string, unknown>) => [c.field, c.from, c.to, c.actorId, c.actorName, c.reason]);
    assert.deepEqual(changes.sort(), [
      ['role', 'member', 'moderator', admin.id, '管理員 Alice', 'Helps a lot'],
      ['tier', tiers[0]!.id, tiers[1]!.id, admin.id, '管理員 Alice', 'Helps a lot'],
    ]);
    const first = await owner.get(`/api/admin/members/${plain.id}/history?limit=1`);
    assert.equal(first.body.items.length, 1);
    const second = await owner.get(`/api/admin/members/${plain.id}/history?limit=1&cursor=${first.body.nextCursor}`);
    assert.equal(second.body.items.length, 1);
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
    assert.equal(second.body.nextCursor, null);
    assertProblem(await owner.get('/api/admin/members/01900000-0000-7000-8000-000000000000/history'), 404, 'not_found');
    const back = await admin.client.patch(`/api/admin/members/${plain.id}`, { role: 'member' });
    assert.equal(back.status, 200);
  });

  it("applies a role change to the member's very next request", async () => {
    const member = await memberWithRole(app, owner, 'member', { displayName: 'Role Change' });
    assertProblem(await member.client.get('/api/admin/members'), 403, 'forbidden');
    assert.equal((await owner.patch(`/api/admin/members/${member.id}`, { role: 'moderator' })).status, 200);
    assert.equal((await member.client.get('/api/admin/members')).status, 200);
    assert.equal((await owner.patch(`/api/admin/members/${member.id}`, { role: 'member' })).status, 200);
    assertProblem(await member.client.get('/api/admin/members'), 403, 'forbidden');
  });

  it('enforces the rank rules, and a refused change changes nothing', async () => {
    const before = await snapshot(app);
    const cases: [ApiClient, string, unknown, number, string][] = [
      [admin.client, plain.id, { role: 'admin' }, 403, 'owner_required'],
      [admin.client, plain.id, { role: 'owner' }, 403, 'owner_required'],
      [admin.client, ownerId, { tierId: tiers[2]!.id }, 403, 'outranked'],
      [admin.client, admin.id, { role: 'moderator' }, 403, 'own_role'],
      [admin.client, admin.id, { tierId: tiers[2]!.id }, 403, 'own_role'],
      [owner, ownerId, { role: 'admin' }, 409, 'last_owner'],
      [owner, plain.id, { tierId: 'no-such-tier' }, 400, 'invalid_input'],
      [owner, plain.id, {}, 400, 'invalid_input'],
      [owner, plain.id, { role: 'king' }, 400, 'invalid_input'],
      [owner, '01900000-0000-7000-8000-000000000000', { role: 'member' }, 404, 'not_found'],
      [moderator.client, plain.id, { role: 'member' }, 403, 'forbidden'],
    ];
    for (const [client, id, body, status, code] of cases) {
      const res = await client.patch(`/api/admin/members/${id}`, body);
      assertProblem(res, status, code);
      if (code === 'invalid_input' && (body as { tierId?: string }).tierId)
        assert.deepEqual(
          res.body.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
          [['tierId', 'unknown_tier']],
        );
      assert.equal(await snapshot(app), before, `${JSON.stringify(body)} changed rows`);
    }
  });

  it('lets an owner make another owner, after which owners cannot change each other or themselves', async () => {
    const second = await memberWithRole(app, owner, 'owner');
    assert.equal((await owner.get(`/api/admin/members/${second.id}`)).body.member.role, 'owner');
    assertProblem(await owner.patch(`/api/admin/members/${ownerId}`, { role: 'admin' }), 403, 'own_role');
    assertProblem(await owner.patch(`/api/admin/members/${second.id}`, { role: 'admin' }), 403, 'outranked');
    assertProblem(await second.client.patch(`/api/admin/members/${ownerId}`, { role: 'member' }), 403, 'outranked');
  });

  describe('applications', () => {
    let applicant: { id: string };
    let other: { id: string };
    let applicantClient: ApiClient;
    before(async () => {
      const community = await owner.patch('/api/admin/community', { joinPolicy: 'application', questions: ['Why join?'] });
      assert.equal(community.status, 200, JSON.stringify(community.body));
      const a = await registerMember(app, { answers: ['I love tea'], locale: 'zh-TW', displayName: '申請人甲' });
      applicant = a.member;
      applicantClient = a.client;
      other = (await registerMember(app, { answers: ['Curious'], locale: 'zh-CN', displayName: '申请人乙' })).member;
      assert.equal(a.member.status, 'pending');
    });

    it('lists pending applicants with their answers, hidden from the directory', async () => {
      const pending = await moderator.client.get('/api/admin/members?status=pending');
      assert.deepEqual(
        pending.body.items.map((m: { id: string }) => m.id),
        [other.id, applicant.id],
      );
      assert.deepEqual(pending.body.items[1].answers, [{ question: 'Why join?', answer: 'I love tea' }]);
      const directory = await plain.client.get('/api/members?limit=100');
      assert.ok(!directory.body.items.some((m: { id: string }) => m.id === applicant.id));
      assertProblem(await applicantClient.get('/api/members'), 403, 'account_pending');
    });

    it("approves: status, decision, history and a mail in the applicant's language", async () => {
      const res = await admin.client.post(`/api/admin/members/${applicant.id}/approve`, { reason: '歡迎！' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.member.status, 'active');
      const row = await app.hearth.platform.db
        .selectFrom('member')
        .select(['decidedAt', 'decisionReason'])
        .where('id', '=', applicant.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.decisionReason, '歡迎！');
      assert.ok(row.decidedAt);
      const history = await owner.get(`/api/admin/members/${applicant.id}/history`);
      assert.deepEqual(
        history.body.items.map((c: Record<string, unknown>) => [c.field, c.from, c.to, c.actorName]),
        [['status', 'pending', 'active', '管理員 Alice']],
      );
      const mails = await app.hearth.platform.db.selectFrom('mail').selectAll().where('kind', '=', 'application_approved').execute();
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /Test Hearth.*已通過/);
      assert.match(mails[0]!.text, /歡迎！/);
      assert.equal((await applicantClient.get('/api/members')).status, 200);
      const directory = await plain.client.get('/api/members?limit=100');
      assert.ok(directory.body.items.some((m: { id: string }) => m.id === applicant.id));
    });

    it('declines with a reason, mailed in Simplified Chinese', async () => {
      const res = await owner.post(`/api/admin/members/${other.id}/decline`, { reason: '名额已满' });
      assert.equal(res.status, 200);
      assert.equal(res.body.member.status, 'declined');
      const mail = await app.hearth.platform.db
        .selectFrom('mail')
        .selectAll()
        .where('kind', '=', 'application_declined')
        .executeTakeFirstOrThrow();
      assert.match(mail.subject, /关于你加入Test Hearth的申请/);
      assert.match(mail.text, /原因：名额已满/);
      assert.equal((await owner.get('/api/admin/members?status=declined')).body.items[0].id, other.id);
    });

    it('refuses decisions on members who are not pending, changing nothing', async () => {
      const before = await snapshot(app);
      assertProblem(await owner.post(`/api/admin/members/${applicant.id}/approve`), 409, 'not_pending');
      assertProblem(await owner.post(`/api/admin/members/${other.id}/decline`, {}), 409, 'not_pending');
      assertProblem(await owner.post(`/api/admin/members/${plain.id}/approve`), 409, 'not_pending');
      assertProblem(await owner.post('/api/admin/members/01900000-0000-7000-8000-000000000000/approve'), 404, 'not_found');
      assertProblem(await owner.post(`/api/admin/members/${plain.id}/decline`, { reason: 'x', extra: 1 }), 400, 'invalid_input');
      assertProblem(await moderator.client.post(`/api/admin/members/${plain.id}/approve`), 403, 'forbidden');
      assert.equal(await snapshot(app), before);
    });
  });
});
