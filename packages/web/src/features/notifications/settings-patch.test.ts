import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NotificationSettings } from '@hearth/contracts';
import { applySettingsPatch } from './settings-patch';

const on = { inApp: true, email: true, push: false };
const settings: NotificationSettings = {
  kinds: {
    mention: on,
    reply: on,
    thread_reply: on,
    dm: on,
    reaction: on,
    follow: on,
    moderation: on,
    tip: on,
    perk_order: on,
    perk_redemption: on,
    level_up: on,
    badge: on,
    points_expiring: on,
    chip: on,
    market: on,
    report: on,
  },
  quietHours: { start: '22:00', end: '07:00' },
  digest: 'daily',
  emailEnabled: true,
  nextDigestAt: '2026-12-02T08:00:00.000Z',
};

describe('applySettingsPatch', () => {
  it('changes one channel of one kind and leaves the rest', () => {
    const next = applySettingsPatch(settings, { kinds: { mention: { email: false } } });
    assert.deepEqual(next.kinds.mention, { inApp: true, email: false, push: false });
    assert.deepEqual(next.kinds.reply, on);
    assert.equal(next.digest, 'daily');
    assert.deepEqual(settings.kinds.mention, on, 'the cached settings are not changed in place');
  });

  it('turns quiet hours off with null and leaves them alone when absent', () => {
    assert.equal(applySettingsPatch(settings, { quietHours: null }).quietHours, null);
    assert.deepEqual(applySettingsPatch(settings, { digest: 'weekly' }).quietHours, settings.quietHours);
    assert.equal(applySettingsPatch(settings, { digest: 'weekly' }).digest, 'weekly');
    assert.equal(applySettingsPatch(settings, { emailEnabled: false }).emailEnabled, false);
  });
});
