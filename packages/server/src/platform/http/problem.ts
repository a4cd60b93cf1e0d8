import type { Locale } from '@hearth/contracts';
import type { FastifyReply } from 'fastify';
import { ZodError, type z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { translateError, translateField } from '../errors/messages.js';

const TYPE_BASE = 'https://hearth.dev/problems/';

/** Maps a zod issue to a stable field-error code and message parameters. */
function fieldCode(issue: z.core.$ZodIssue): { code: string; params: Record<string, string | number> } {
  if (issue.code === 'custom') return { code: issue.message, params: (issue.params as Record<string, string | number>) ?? {} };
  if (issue.code === 'invalid_type') {
    return { code: issue.input === undefined ? 'required' : 'invalid_type', params: {} };
  }
  if (issue.code === 'invalid_format') {
    const format = issue.format;
    if (format === 'email') return { code: 'invalid_email', params: {} };
    if (format === 'url') return { code: 'invalid_url', params: {} };
    if (format === 'regex' && issue.message && /^[a-z_]+$/.test(issue.message)) return { code: issue.message, params: {} };
    return { code: 'invalid_format', params: {} };
  }
  if (issue.code === 'too_small') return { code: 'too_small', params: { minimum: Number(issue.minimum) } };
  if (issue.code === 'too_big') return { code: 'too_big', params: { maximum: Number(issue.maximum) } };
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return { code: 'invalid_value', params: {} };
  if (issue.code === 'unrecognized_keys') return { code: 'unrecognized_keys', params: {} };
  return { code: 'invalid_format', params: {} };
}

export function zodToAppError(error: ZodError, prefix: string): AppError {
  const fieldErrors = error.issues.flatMap((issue) => {
    const { code, params } = fieldCode(issue);
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, code, params }));
    return [{ path: base, code, params }];
  });
  return new AppError('invalid_input', 400, {}, fieldErrors);
}

export function sendProblem(reply: FastifyReply, error: AppError, locale: Locale): FastifyReply {
  const title = translateError(error.code, locale, error.params);
  const body: Record<string, unknown> = {
    // Extensions first, so they can never overwrite the standard members.
    ...error.extensions,
    type: TYPE_BASE + error.code,
    title,
    status: error.status,
    detail: title,
    code: error.code,
  };
  if (error.fieldErrors?.length) {
    body.errors = error.fieldErrors.map((f) => ({ path: f.path, code: f.code, message: translateField(f.code, locale, f.params) }));
    body.detail = (body.errors as { path: string; message: string }[]).map((e) => `${e.path || '(body)'}: ${e.message}`).join('; ');
  }
  return reply.status(error.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

export { ZodError };
