import { z } from 'zod';
import { DisplayName, Email, Locale, Password, PlainText } from '../common/index.js';
import { Me, TierRef } from '../members/members.schemas.js';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  db: z.enum(['sqlite', 'postgres']),
  bus: z.enum(['memory', 'redis']),
});

export const JoinPolicy = z.enum(['open', 'invite', 'application']);
export type JoinPolicy = z.infer<typeof JoinPolicy>;

export const AccentColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'invalid_color');

export const Community = z.object({
  name: z.string(),
  description: z.string(),
  welcome: z.string(),
  locale: Locale,
  joinPolicy: JoinPolicy,
  questions: z.array(z.string()),
  accentColor: z.string(),
  logoUrl: z.string().nullable(),
  tiers: z.array(TierRef),
  memberCount: z.number().int(),
});
export type Community = z.infer<typeof Community>;

export const SetupStatus = z.object({ needsSetup: z.boolean() });

export const SetupBody = z
  .object({
    community: z.object({ name: z.string().trim().min(1).max(60), locale: Locale }).strict(),
    owner: z.object({ email: Email, password: Password, displayName: DisplayName }).strict(),
    demo: z.boolean().default(false),
  })
  .strict();
export type SetupBody = z.input<typeof SetupBody>;

export const SetupResult = z.object({ community: Community, member: Me });

export const Question = z.string().trim().min(1).max(200);
export const UpdateCommunityBody = z
  .object({
    name: z.string().trim().min(1).max(60),
    description: PlainText(2000),
    welcome: PlainText(2000),
    locale: Locale,
    joinPolicy: JoinPolicy,
    questions: z.array(Question).max(5),
    accentColor: AccentColor,
  })
  .partial()
  .strict();
