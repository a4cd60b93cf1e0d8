import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertProblem, memberWithRole, startCommunity } from '../../../test/community.js';
import { snapshotDb } from '../../../test/db-snapshot.js';
import type { ApiClient, TestApp } from '../../../test/harness.js';

const WORDS = '/api/admin/moderation/words';
const ALLOWED = '/api/admin/moderation/allowed';
const IMPORT = '/api/admin/moderation/import';
const EXPORT = '/api/admin/moderation/export';
const CHECK = '/api/moderation/check';

describe('word filter API', () => {
  let app: TestApp;
  let owner: ApiClient;
  let admin: ApiClient;
  let moderator: ApiClient;
  let member: ApiClient;
  const snapshot = () => snapshotDb(app.hearth.platform.db, ['session', 'idempotency_key']);

  /** The request is refused with `status`/`code`, and no row changed. */
  async function refusedUnchanged(send: () => Promise<{ status: number; body: any; headers: Headers }>, status: number, code: string) {
    const before = await snapshot();
    assertProblem(await send(), status, code);
    assert.equal(await snapshot(), before, `a refused ${code} changed rows`);
  }

  before(async () => {
    ({ app, owner } = await startCommunity());
    ({ client: admin } = await memberWithRole(app, owner, 'admin'));
    ({ client: moderator } = await memberWithRole(app, owner, 'moderator'));
    ({ client: member } = await memberWithRole(app, owner, 'member'));
  });
  after(() => app.close());

  it('lets owners and admins change the lists, moderators read and test them, and nobody else in', async () => {
    const anonymous = app.client();
    const reads: [string, string, unknown?][] = [
      ['GET', WORDS],
      ['GET', ALLOWED],
      ['GET', `${EXPORT}?list=block`],
      ['POST', CHECK, { text: '加V信' }],
    ];
    const writes: [string, string, unknown?][] = [
      ['POST', WORDS, { words: [{ word: '矩阵测试', action: 'block' }] }],
      ['PUT', WORDS, { words: [] }],
      ['DELETE', `${WORDS}/01900000-0000-7000-8000-000000000000`],
      ['POST', IMPORT, { list: 'tag', lines: ['矩阵'] }],
      ['POST', ALLOWED, { phrases: ['矩阵允许'] }],
      ['DELETE', `${ALLOWED}/01900000-0000-7000-8000-000000000000`],
    ];
    for (const [method, path, body] of [...reads, ...writes]) {
      assertProblem(await anonymous.request(method, path, body), 401, 'unauthenticated');
      assertProblem(await member.request(method, path, body), 403, 'forbidden');
    }
    for (const [method, path, body] of reads) {
      const res = await moderator.request(method, path, body);
      assert.equal(res.status, 200, `${method} ${path}: ${JSON.stringify(res.body)}`);
    }
    for (const [method, path, body] of writes) assertProblem(await moderator.request(method, path, body), 403, 'forbidden');
    for (const client of [admin, owner]) {
      for (const [method, path, body] of writes) {
        const res = await client.request(method, path, body);
        assert.ok(res.status < 400 || res.body.code === 'not_found', `${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
  });

  it('adds words per action and category, reports duplicates in any spelling, lists and removes them', async () => {
    const added = await admin.post(WORDS, {
      words: [
        { word: '刷单', action: 'review', category: 'ads' },
        { word: 'shit', action: 'mask', category: 'abuse' },
        { word: '賭博', action: 'block', category: 'ads' },
        { word: '刷單', action: 'block' },
      ],
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual(
      added.body.added.map((w: any) => [w.word, w.action, w.category]),
      [
        ['刷单', 'review', 'ads'],
        ['shit', 'mask', 'abuse'],
        ['賭博', 'block', 'ads'],
      ],
    );
    assert.deepEqual(added.body.duplicates, ['刷單'], 'the Traditional spelling of a listed word is the same word');
    const again = await admin.post(WORDS, { words: [{ word: 'ＳＨＩＴ', action: 'block' }] });
    assert.deepEqual([again.status, again.body.added, again.body.duplicates], [201, [], ['ＳＨＩＴ']]);

    const ads = await moderator.get(`${WORDS}?category=ads`);
    assert.deepEqual(ads.body.words.map((w: any) => w.word).sort(), ['刷单', '賭博'].sort());
    assert.ok(ads.body.builtIns.some((lure: any) => lure.word === 'V信' && lure.category === 'ads'));
    const searched = await moderator.get(`${WORDS}?q=${encodeURIComponent('赌')}`);
    assert.deepEqual(
      searched.body.words.map((w: any) => w.word),
      ['賭博'],
      'search folds 繁/简 like the filter',
    );
    const masks = await moderator.get(`${WORDS}?action=mask`);
    assert.deepEqual(
      masks.body.words.map((w: any) => w.word),
      ['shit'],
    );

    const id = ads.body.words.find((w: any) => w.word === '刷单').id;
    const versionBefore = ads.body.version;
    assert.equal((await admin.delete(`${WORDS}/${id}`)).status, 204);
    await refusedUnchanged(() => admin.delete(`${WORDS}/${id}`), 404, 'not_found');
    const after = await moderator.get(WORDS);
    assert.ok(after.body.version > versionBefore, 'every change bumps the version');
    assert.ok(!after.body.words.some((w: any) => w.word === '刷单'));
  });

  it('refuses words it cannot list, and changes nothing', async () => {
    const bad = [
      { word: '', action: 'block' },
      { word: 'x'.repeat(61), action: 'block' },
      { word: '***', action: 'block' },
      { word: 'a', action: 'block' },
      { word: 'bad\u0000word', action: 'block' },
      { word: 'lone\ud800', action: 'block' },
      { word: 'fine', action: 'erase' },
      { word: 'fine', action: 'block', category: 'nope' },
    ];
    for (const word of bad) await refusedUnchanged(() => admin.post(WORDS, { words: [word] }), 400, 'invalid_input');
    const res = await admin.post(WORDS, {
      words: [
        { word: 'fine', action: 'block' },
        { word: '***', action: 'block' },
      ],
    });
    assert.deepEqual(
      res.body.errors.map((e: any) => [e.path, e.code]),
      [['words.1.word', 'nothing_to_match']],
    );
    const translated = await app.client({ locale: 'zh-TW' }).request('POST', CHECK, { text: 'x' });
    assert.equal(translated.status, 401);
    const zh = await owner.request('POST', WORDS, { words: [{ word: 'lone\udc00', action: 'block' }] }, { 'accept-language': 'zh-TW' });
    assert.equal(zh.body.errors[0].code, 'invalid_unicode');
    assert.match(zh.body.errors[0].message, /損壞的字元/);
  });

  it('replaces every word at once, all or nothing', async () => {
    const replaced = await owner.put(WORDS, {
      words: [
        { word: '傻逼', action: 'block', category: 'abuse' },
        { word: 'ass', action: 'mask', category: 'abuse' },
      ],
    });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(replaced.body.words.map((w: any) => w.word).sort(), ['ass', '傻逼']);
    const twice = () =>
      owner.put(WORDS, {
        words: [
          { word: '代购', action: 'review' },
          { word: '代購', action: 'block' },
        ],
      });
    await refusedUnchanged(twice, 400, 'invalid_input');
    assert.deepEqual(
      (await twice()).body.errors.map((e: any) => [e.path, e.code]),
      [['words.1.word', 'duplicate']],
    );
  });

  it('imports one word per line, literally, counting added, duplicate and invalid lines', async () => {
    const text = ['\uFEFF约炮', '', '   ', 'a.b*c', '(x+)+y', '约炮', '約炮', '[0-9]+', '***', 'q', 'bad\tword', '傻逼', '援交  '].join(
      '\r\n',
    );
    const res = await admin.post(IMPORT, { list: 'block', category: 'adult', text });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.added, res.body.duplicates, res.body.invalid], [5, 3, 3]);
    assert.deepEqual(
      res.body.invalidLines.map((l: any) => [l.line, l.reason]),
      [
        [9, 'nothing_to_match'],
        [10, 'too_short'],
        [11, 'control_characters'],
      ],
    );
    const listed = await moderator.get(`${WORDS}?category=adult`);
    assert.deepEqual(listed.body.words.map((w: any) => w.word).sort(), ['(x+)+y', '[0-9]+', 'a.b*c', '援交', '约炮'].sort());

    const lines = await admin.post(IMPORT, { list: 'allow', lines: ['蘇州', '苏州', '景色'] });
    assert.deepEqual([lines.body.added, lines.body.duplicates, lines.body.invalid], [2, 1, 0]);
    const exported = await moderator.get(`${EXPORT}?list=block&category=adult`);
    assert.equal(exported.status, 200);
    assert.match(exported.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(exported.headers.get('content-disposition') ?? '', /attachment; filename="hearth-block-adult.txt"/);
    assert.deepEqual(exported.body.trim().split('\n').sort(), ['(x+)+y', '[0-9]+', 'a.b*c', '援交', '约炮'].sort());
    const allowText = await moderator.get(`${EXPORT}?list=allow`);
    assert.ok(allowText.body.endsWith('蘇州\n景色\n'), allowText.body);
    const roundTrip = await admin.post(IMPORT, { list: 'block', category: 'adult', text: exported.body });
    assert.deepEqual([roundTrip.body.added, roundTrip.body.duplicates], [0, 5], 'an export imports back as duplicates');
  });

  it('refuses oversized or malformed imports, and changes nothing', async () => {
    await refusedUnchanged(() => admin.post(IMPORT, { list: 'block', text: 'a', lines: ['b'] }), 400, 'invalid_input');
    await refusedUnchanged(() => admin.post(IMPORT, { list: 'block' }), 400, 'invalid_input');
    await refusedUnchanged(() => admin.post(IMPORT, { list: 'nope', text: '词' }), 400, 'invalid_input');
    await refusedUnchanged(
      () => admin.post(IMPORT, { list: 'block', lines: Array.from({ length: 20_001 }, (_, i) => `词${i}`) }),
      400,
      'invalid_input',
    );
    await refusedUnchanged(() => admin.post(IMPORT, { list: 'block', text: '词\n'.repeat(600_000) }), 413, 'payload_too_large');
    await refusedUnchanged(
      () => admin.request('POST', IMPORT, '词一\n词二', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
  });

  it('keeps an allow-list whose phrases silence overlapping matches', async () => {
    await admin.post(WORDS, { words: [{ word: '苏', action: 'review', category: 'politics' }] });
    const added = await admin.post(ALLOWED, { phrases: ['蘇州', '江苏'] });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body.duplicates, ['蘇州']);
    const check = await moderator.post(CHECK, { text: '我住在苏州，他是江苏人，苏某某' });
    assert.deepEqual(
      check.body.reasons.map((r: any) => [r.word, r.start]),
      [['苏', 12]],
    );
    const list = await moderator.get(ALLOWED);
    const jiangsu = list.body.items.find((p: any) => p.phrase === '江苏');
    assert.equal((await admin.delete(`${ALLOWED}/${jiangsu.id}`)).status, 204);
    const afterRemoval = await moderator.post(CHECK, { text: '他是江苏人' });
    assert.equal(afterRemoval.body.verdict, 'review', 'the change applies at once');
    await refusedUnchanged(() => admin.post(ALLOWED, { phrases: ['\u0007'] }), 400, 'invalid_input');
  });

  it('tests a lure-laden text: the verdict, each match located in the original text, and the masked text', async () => {
    await admin.post(WORDS, { words: [{ word: 'shit', action: 'mask', category: 'abuse' }] });
    const text = '想兼職嗎？加 Ｖ 信 abc123，或 ｗｘ：abc，sha逼 shit 滚';
    const res = await moderator.post(CHECK, { text });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.verdict, 'block');
    const byWord = Object.fromEntries(res.body.reasons.map((r: any) => [r.word, r]));
    assert.equal(byWord['V信'].match, 'Ｖ 信');
    assert.equal(byWord['V信'].builtIn, true);
    assert.equal(text.slice(byWord['WX'].start, byWord['WX'].end), 'ｗｘ');
    assert.equal(byWord['傻逼'].match, 'sha逼');
    assert.equal(byWord['傻逼'].action, 'block');
    assert.match(res.body.masked, /sha逼 \*\*\* 滚$/);
    assert.ok(res.body.tags.includes('ads'));
    const clean = await moderator.post(CHECK, { text: 'The class assistant lives in Scunthorpe.' });
    assert.deepEqual([clean.body.verdict, clean.body.reasons], ['allow', []]);
  });

  it('refuses huge, binary or broken text to the test box, and changes nothing', async () => {
    await refusedUnchanged(() => moderator.post(CHECK, { text: '字'.repeat(50_001) }), 400, 'invalid_input');
    await refusedUnchanged(() => moderator.post(CHECK, { text: 'PNG\u0000\u0001\u0002' }), 400, 'invalid_input');
    await refusedUnchanged(() => moderator.post(CHECK, { text: 'broken \ud83d text' }), 400, 'invalid_input');
    await refusedUnchanged(() => moderator.post(CHECK, { text: '' }), 400, 'invalid_input');
    await refusedUnchanged(() => moderator.post(CHECK, { text: 42 }), 400, 'invalid_input');
    const fine = await moderator.post(CHECK, { text: '一段很長的文字'.repeat(7_000), authorId: 'someone' });
    assert.equal(fine.status, 200);
  });

  it('replays an idempotent add and refuses the same key with another body', async () => {
    const body = { words: [{ word: '冪等测试', action: 'tag' }] };
    const key = { 'idempotency-key': 'words-1' };
    const first = await admin.post(WORDS, body, key);
    const second = await admin.post(WORDS, body, key);
    assert.equal(first.status, 201);
    assert.deepEqual(second.body, first.body);
    assertProblem(await admin.post(WORDS, { words: [{ word: '别的', action: 'tag' }] }, key), 422, 'idempotency_key_reused');
  });

  it('rebuilds the filter of another node when the lists change (version in the database, bus message)', async () => {
    const service = app.hearth.modules.moderation.service;
    assert.equal((await service.check('新词语出现')).verdict, 'allow');
    await admin.post(WORDS, { words: [{ word: '新词语', action: 'block' }] });
    assert.equal((await service.check('新词语出现')).verdict, 'block');
    assert.equal(await service.mask('oh shit'), 'oh ***');
  });
});
