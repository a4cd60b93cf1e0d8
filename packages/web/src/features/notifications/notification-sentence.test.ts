import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createInstance, type i18n as I18n } from 'i18next';
import { notificationSentence, sentenceKeyOf, type Translate } from './notification-sentence';

const here = path.dirname(fileURLToPath(import.meta.url));
const LANGUAGES = ['en', 'zh-TW', 'zh-CN'] as const;
type Language = (typeof LANGUAGES)[number];

const ada = { id: 'm1', displayName: 'Ada', avatarUrl: null };
const base = { actor: ada, actorCount: 1, count: 1, title: 'Title', emoji: null, action: null } as const;

describe('notification sentences', () => {
  let i18n: I18n;
  const say = (language: Language, n: Parameters<typeof notificationSentence>[0]) =>
    notificationSentence(n, i18n.getFixedT(language, 'notifications') as unknown as Translate);

  before(async () => {
    i18n = createInstance();
    const resources = Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        { notifications: JSON.parse(fs.readFileSync(path.join(here, '../../locales', language, 'notifications.json'), 'utf8')) },
      ]),
    );
    await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
  });

  it('groups reactions by the people behind them', () => {
    const n = { ...base, kind: 'reaction' as const, actorCount: 3, count: 3, emoji: '👍' };
    assert.equal(say('en', n), 'Ada and 2 others reacted 👍 to “Title”');
    assert.equal(say('zh-TW', n), 'Ada 和另外 2 人對「Title」回應了 👍');
    assert.equal(say('zh-CN', n), 'Ada 和另外 2 人对“Title”回应了 👍');
    assert.equal(say('en', { ...n, actorCount: 2 }), 'Ada and 1 other reacted 👍 to “Title”');
    assert.equal(say('en', { ...n, actorCount: 1 }), 'Ada reacted 👍 to “Title”');
  });

  it('says who mentioned or replied, and where', () => {
    assert.equal(say('en', { ...base, kind: 'mention' }), 'Ada mentioned you in “Title”');
    assert.equal(say('zh-TW', { ...base, kind: 'mention' }), 'Ada 在「Title」中提到了你');
    assert.equal(say('en', { ...base, kind: 'mention', title: ' ' }), 'Ada mentioned you');
    assert.equal(say('zh-CN', { ...base, kind: 'reply' }), 'Ada 在“Title”中回复了你');
  });

  it('counts replies in a followed thread and messages in a DM', () => {
    assert.equal(say('en', { ...base, kind: 'thread_reply' }), 'Ada replied in “Title”');
    assert.equal(say('en', { ...base, kind: 'thread_reply', count: 4, actorCount: 2 }), '4 new replies in “Title”');
    assert.equal(say('zh-TW', { ...base, kind: 'thread_reply', count: 4 }), '「Title」有 4 則新回覆');
    assert.equal(say('en', { ...base, kind: 'dm', title: '' }), 'Ada sent you a message');
    assert.equal(say('en', { ...base, kind: 'dm', title: '', count: 3, actorCount: 2 }), '3 new messages from Ada and 1 other');
    assert.equal(say('zh-CN', { ...base, kind: 'dm', title: '', count: 1_200 }), 'Ada 发来 1,200 条新消息');
  });

  it('speaks for the community when no one is named', () => {
    const removed = { ...base, kind: 'moderation' as const, actor: null, action: 'deleted' as const };
    assert.equal(say('en', removed), 'A moderator removed your post in “Title”');
    assert.equal(say('zh-TW', { ...removed, action: 'locked' }), '管理員鎖定了你的主題「Title」');
    assert.equal(say('en', { ...base, kind: 'follow', actor: null }), 'Someone started following you');
  });

  it('leaves names and titles as they are (they are shown as text, never as HTML)', () => {
    const n = { ...base, kind: 'mention' as const, actor: { ...ada, displayName: '<b>Eve</b>' }, title: 'a & b' };
    assert.equal(say('en', n), '<b>Eve</b> mentioned you in “a & b”');
  });

  it('has a sentence for every kind and moderation action', () => {
    for (const kind of ['mention', 'reply', 'thread_reply', 'dm', 'reaction', 'follow', 'moderation'] as const)
      for (const action of [null, 'deleted', 'locked', 'moved'] as const)
        for (const language of LANGUAGES) {
          const n = { ...base, kind, action, actorCount: 2, count: 2 };
          const text = say(language, n);
          assert.ok(!text.includes('sentence.') && !text.includes('{{'), `${language} ${kind} ${action}: ${text}`);
          assert.ok(sentenceKeyOf(n).startsWith('sentence.'));
        }
  });
});
