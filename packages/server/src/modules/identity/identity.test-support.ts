/** Helpers shared by the identity module's tests: reading mailed links, running queued jobs. */
import assert from 'node:assert/strict';
import type { ApiClient, TestApp } from '../../../test/harness.js';

export interface RecordedMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  status: string;
}

/** Settings that keep per-IP limits out of the way of tests about something else. */
export const NO_RATE_LIMITS = { HEARTH_RATE_LIMIT: 'false' };

/** Runs queued jobs (the worker is off in most tests) until none are due. */
export async function runJobs(app: TestApp): Promise<void> {
  while ((await app.hearth.platform.jobs.runDue()) > 0);
}

/** Mails recorded for `to` (newest first), read through the owner's outbox. */
export async function mailsTo(owner: ApiClient, to: string, kind?: string): Promise<RecordedMail[]> {
  const res = await owner.get('/api/admin/outbox?limit=100');
  assert.equal(res.status, 200);
  return (res.body.items as RecordedMail[]).filter((m) => m.to === to && (kind === undefined || m.kind === kind));
}

/** The token of the link to `/auth/<page>?token=` in a mail text. */
export function tokenIn(text: string, page: 'magic' | 'reset' | 'confirm-email'): string {
  const match = new RegExp(`/auth/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  assert.ok(match?.[1], `no /auth/${page} link in: ${text}`);
  return match[1];
}

/** Asks for a link of `kind` for `email`, runs the job, and returns the token from the newest such mail. */
export async function mailedToken(
  app: TestApp,
  owner: ApiClient,
  request: { path: string; email: string; kind: string; page: 'magic' | 'reset' },
): Promise<string> {
  const res = await app.client().post(request.path, { email: request.email });
  assert.equal(res.status, 202);
  await runJobs(app);
  const [mail] = await mailsTo(owner, request.email, request.kind);
  assert.ok(mail, `no ${request.kind} mail to ${request.email}`);
  return tokenIn(mail.text, request.page);
}

/** Asserts an RFC 9457 problem with the given status and code; returns its body. */
export function assertProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(res.body.code, code);
  assert.equal(res.body.status, status);
  assert.equal(typeof res.body.title, 'string');
  return res.body as { title: string; detail: string; code: string; errors?: { path: string; code: string; message: string }[] };
}
