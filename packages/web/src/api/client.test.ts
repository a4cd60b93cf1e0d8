import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toApiError } from './api-error';
import { buildPath } from './client';

describe('buildPath', () => {
  it('fills and encodes path parameters', () => {
    assert.equal(buildPath('/api/members/:id', { id: 'a b/c' }), '/api/members/a%20b%2Fc');
  });

  it('adds the query, skipping empty values', () => {
    assert.equal(buildPath('/api/members', undefined, { limit: 8, q: '', cursor: undefined }), '/api/members?limit=8');
    assert.equal(buildPath('/api/members', undefined, { q: '林 怡' }), '/api/members?q=%E6%9E%97+%E6%80%A1');
  });

  it('refuses to call a route with a missing parameter', () => {
    assert.throws(() => buildPath('/api/members/:id', {}), /Missing path parameter "id"/);
  });
});

describe('toApiError', () => {
  it('keeps the problem: code, title and field errors', () => {
    const error = toApiError(400, {
      type: 'https://hearth.dev/problems/invalid_input',
      title: '部分欄位格式不正確。',
      status: 400,
      detail: 'email: 請輸入有效的電子郵件。',
      code: 'invalid_input',
      errors: [{ path: 'email', message: '請輸入有效的電子郵件。', code: 'invalid_email' }],
    });
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.status, 400);
    assert.equal(error.errors[0]?.path, 'email');
    assert.equal(error.isOpaque, false);
  });

  it('still gives an error for a non-problem answer', () => {
    const error = toApiError(502, null);
    assert.equal(error.status, 502);
    assert.equal(error.isOpaque, true);
  });
});
