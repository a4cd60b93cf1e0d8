import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../api/api-error';
import { splitApiErrors } from './form-errors';

const invalid = (errors: { path: string; message: string }[]) =>
  new ApiError({ type: '', title: 'Some fields are not valid.', status: 400, detail: '', code: 'invalid_input', errors });

describe('splitApiErrors', () => {
  it('puts each field error under its field, by path', () => {
    const split = splitApiErrors(
      invalid([
        { path: 'owner.email', message: 'Enter a valid email address.' },
        { path: 'answers.1', message: 'Required.' },
      ]),
      { 'owner.email': 'email', 'answers.1': 'answer1' },
    );
    assert.deepEqual(split, { fields: { email: 'Enter a valid email address.', answer1: 'Required.' }, form: null });
  });

  it('matches children of a path and keeps the first message per field', () => {
    const split = splitApiErrors(
      invalid([
        { path: 'links.0.url', message: 'Enter a valid http(s) link.' },
        { path: 'links.1.url', message: 'Second' },
      ]),
      { links: 'links' },
    );
    assert.deepEqual(split.fields, { links: 'Enter a valid http(s) link.' });
  });

  it('sends errors without a field, or without field errors, to the form', () => {
    assert.equal(splitApiErrors(invalid([{ path: 'body', message: 'Unknown field.' }]), { email: 'email' }).form, 'Unknown field.');
    const conflict = new ApiError({
      type: '',
      title: 'This community is already set up.',
      status: 409,
      detail: '',
      code: 'already_set_up',
    });
    assert.deepEqual(splitApiErrors(conflict, {}), { fields: {}, form: 'This community is already set up.' });
  });

  it('ignores what is not an API error', () => {
    assert.deepEqual(splitApiErrors(new TypeError('Failed to fetch'), {}), { fields: {}, form: null });
  });
});
