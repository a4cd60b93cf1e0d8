import { z } from 'zod';
import { DisplayName, Email, Id, IsoTime, Password, PlainText } from '../common/index.js';
import { Me } from '../members/members.schemas.js';

export const RegisterBody = z
  .object({
    email: Email,
    password: Password,
    displayName: DisplayName,
    inviteCode: z.string().trim().max(64).optional(),
    answers: z.array(PlainText(1000)).max(5).optional(),
    locale: z.enum(['zh-TW', 'zh-CN', 'en']).optional(),
    timeZone: z.string().max(64).optional(),
  })
  .strict();
export const LoginBody = z.object({ email: Email, password: z.string().min(1).max(200) }).strict();
export const EmailBody = z.object({ email: Email }).strict();
export const TokenBody = z.object({ token: z.string().min(10).max(200) }).strict();
export const ResetPasswordBody = z.object({ token: z.string().min(10).max(200), password: Password }).strict();
export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: Password }).strict();
export const ChangeEmailBody = z.object({ newEmail: Email, password: z.string().min(1).max(200) }).strict();

export const MemberEnvelope = z.object({ member: Me });

export const Session = z.object({
  id: Id,
  current: z.boolean(),
  userAgent: z.string().nullable(),
  createdAt: IsoTime,
  lastSeenAt: IsoTime,
});
export type Session = z.infer<typeof Session>;

export const Application = z.object({
  status: z.enum(['pending', 'active', 'declined']),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  decidedAt: IsoTime.nullable(),
  reason: z.string().nullable(),
});
export type Application = z.infer<typeof Application>;

export const Accepted = z.object({ accepted: z.literal(true) });
