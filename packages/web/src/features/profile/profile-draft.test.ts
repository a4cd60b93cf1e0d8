import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkAvatarFile } from './avatar-file';
import { toUpdateBody, type ProfileDraft } from './profile-draft';

const draft = (patch: Partial<ProfileDraft> = {}): ProfileDraft => ({
  displayName: ' 小安 ',
  bio: '',
  location: ' 台北 ',
  links: [],
  interests: ['reading'],
  locale: 'zh-TW',
  timeZone: 'Asia/Taipei',
  ...patch,
});

describe('toUpdateBody', () => {
  it('trims what is typed and leaves out empty link rows', () => {
    const { body } = toUpdateBody(
      draft({
        links: [
          { label: ' Blog ', url: ' https://example.com ' },
          { label: '', url: '' },
        ],
      }),
    );
    assert.equal(body.displayName, '小安');
    assert.equal(body.location, '台北');
    assert.deepEqual(body.links, [{ label: 'Blog', url: 'https://example.com' }]);
  });

  it('maps the server’s link paths back to the rows on screen', () => {
    const { errorPaths } = toUpdateBody(
      draft({
        links: [
          { label: '', url: '' },
          { label: 'Shop', url: 'nope' },
        ],
      }),
    );
    assert.equal(errorPaths['links.0.url'], 'link1Url');
    assert.equal(errorPaths['links.0.label'], 'link1Label');
    const keys = Object.keys(errorPaths);
    assert.ok(keys.indexOf('links.0.url') < keys.indexOf('links'), 'row paths must be tried before the whole list');
  });
});

describe('checkAvatarFile', () => {
  it('refuses other types and files over the limit, and leaves unknown types to the server', () => {
    assert.equal(checkAvatarFile({ type: 'image/png', size: 1000 }), null);
    assert.equal(checkAvatarFile({ type: 'application/pdf', size: 1000 }), 'type');
    assert.equal(checkAvatarFile({ type: 'image/jpeg', size: 6 * 1024 * 1024 }), 'size');
    assert.equal(checkAvatarFile({ type: '', size: 1000 }), null);
  });
});
