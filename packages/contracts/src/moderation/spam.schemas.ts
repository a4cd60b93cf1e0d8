import { z } from 'zod';
import { IsoTime } from '../common/index.js';

/**
 * The ad/spam signals content-gate scores for authors below the trust threshold. Each that
 * fires adds its score; the sum decides allow / hold for review / block (SpamSettings).
 */
export const SpamSignalKind = z.enum([
  'phone_number',
  'qq_number',
  'wechat_id',
  'email',
  'link',
  'link_burst',
  'lure',
  'repeat_own',
  'repeat_others',
  'velocity',
  'classifier',
  'reports',
]);
export type SpamSignalKind = z.infer<typeof SpamSignalKind>;

export const SpamSignal = z.object({
  kind: SpamSignalKind,
  score: z.number().int().min(0),
  /** What fired, for the moderator: the lure words, the number of links, the classifier's probability… */
  detail: z.string().max(200),
});
export type SpamSignal = z.infer<typeof SpamSignal>;

/** The owner's thresholds. A score at or above `holdScore` holds (or refuses where nothing can be held); at or above `blockScore` refuses. */
export const SpamSettings = z.object({
  enabled: z.boolean(),
  holdScore: z.number().int().min(1).max(1000),
  blockScore: z.number().int().min(1).max(1000),
  /** Members at this trust level or above are established: spam signals only block them, never hold. */
  trustedLevel: z.number().int().min(0).max(4),
  /** Members at this trust level or above are trusted reporters: their reports can hide content. */
  reporterLevel: z.number().int().min(0).max(4),
  /** Reports from trusted reporters that hide a thread or reply until a moderator decides. */
  reportsToHide: z.number().int().min(1).max(100),
  updatedAt: IsoTime.nullable(),
});
export type SpamSettings = z.infer<typeof SpamSettings>;

export const UpdateSpamSettingsBody = SpamSettings.omit({ updatedAt: true })
  .partial()
  .strict()
  .refine((b) => b.holdScore === undefined || b.blockScore === undefined || b.blockScore > b.holdScore, {
    path: ['blockScore'],
    message: 'above_hold_score',
  });
export type UpdateSpamSettingsBody = z.infer<typeof UpdateSpamSettingsBody>;

/** The learned signal's model: the seed, blended with this community's decisions at the last retrain. */
export const SpamModelStatus = z.object({
  /** Approved (ham) and removed (spam) decisions the current model learned from. */
  hamDecisions: z.number().int().min(0),
  spamDecisions: z.number().int().min(0),
  trainedAt: IsoTime.nullable(),
});
export type SpamModelStatus = z.infer<typeof SpamModelStatus>;
