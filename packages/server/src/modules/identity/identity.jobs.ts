import { z } from 'zod';
import type { JobQueue } from '../../platform/jobs/jobs.js';

/**
 * Identity's jobs. Requests that must not reveal whether an account exists (magic link,
 * password reset) or whether an address is taken (email change) only enqueue one of these,
 * so the HTTP answer does the same work either way; the lookup and the mail happen here.
 */
export const MAGIC_LINK_JOB = 'identity.magic_link';
export const PASSWORD_RESET_JOB = 'identity.password_reset';
export const EMAIL_CHANGE_JOB = 'identity.email_change';

/** A link for whoever owns `email`, if anyone. `requestId` becomes the token's id, so a re-run mails once. */
export const LinkRequest = z.object({ requestId: z.string().min(1), email: z.string().min(1), baseUrl: z.string().min(1) });
export type LinkRequest = z.infer<typeof LinkRequest>;

/** A confirmation for `newEmail`, asked for by `memberId`. */
export const EmailChangeRequest = z.object({
  requestId: z.string().min(1),
  memberId: z.string().min(1),
  newEmail: z.string().min(1),
  baseUrl: z.string().min(1),
});
export type EmailChangeRequest = z.infer<typeof EmailChangeRequest>;

export interface IdentityJobHandlers {
  magicLink(payload: LinkRequest): Promise<void>;
  passwordReset(payload: LinkRequest): Promise<void>;
  emailChange(payload: EmailChangeRequest): Promise<void>;
}

/** Registers the handlers with the queue; every process defines them, workers run them. */
export function defineIdentityJobs(jobs: JobQueue, handlers: IdentityJobHandlers): void {
  jobs.define({ name: MAGIC_LINK_JOB, payload: LinkRequest, maxAttempts: 3, handle: (p) => handlers.magicLink(p) });
  jobs.define({ name: PASSWORD_RESET_JOB, payload: LinkRequest, maxAttempts: 3, handle: (p) => handlers.passwordReset(p) });
  jobs.define({ name: EMAIL_CHANGE_JOB, payload: EmailChangeRequest, maxAttempts: 3, handle: (p) => handlers.emailChange(p) });
}
