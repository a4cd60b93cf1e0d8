import { z } from 'zod';
import { Id, IsoTime } from '../common/index.js';

export const POLL_MAX_OPTIONS = 10;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

const PollText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !CONTROL.test(text), 'control_characters');

/** Who sees the counts: everyone at once, or each reader after voting (and everyone once it closed). */
export const PollResultsVisibility = z.enum(['always', 'after_vote']);
export type PollResultsVisibility = z.infer<typeof PollResultsVisibility>;

/** Labels that differ only in case or surrounding spaces are the same option. */
const optionKey = (label: string) => label.normalize('NFKC').trim().toLocaleLowerCase();

/** A poll as its author writes it: 2–10 distinct options, single or multiple choice. */
export const PollInput = z
  .strictObject({
    /** Optional: the thread's title is often the question. Blank means none. */
    question: PollText(300).pipe(z.string().trim()).optional(),
    options: z
      .array(PollText(100).pipe(z.string().trim().min(1)))
      .min(2)
      .max(POLL_MAX_OPTIONS),
    multiple: z.boolean().default(false),
    /** How many options a voter may pick when `multiple` (default: all of them); 1 otherwise. */
    maxChoices: z.number().int().min(1).max(POLL_MAX_OPTIONS).optional(),
    closesAt: IsoTime.nullable().optional(),
    resultsVisibility: PollResultsVisibility.default('always'),
  })
  .superRefine((poll, ctx) => {
    const seen = new Set<string>();
    poll.options.forEach((label, index) => {
      const key = optionKey(label);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['options', index] });
      seen.add(key);
    });
    if (poll.maxChoices === undefined) return;
    if (!poll.multiple && poll.maxChoices !== 1) ctx.addIssue({ code: 'custom', message: 'single_choice', path: ['maxChoices'] });
    else if (poll.maxChoices > poll.options.length) ctx.addIssue({ code: 'custom', message: 'more_than_options', path: ['maxChoices'] });
  });
export type PollInput = z.input<typeof PollInput>;

export const PollOption = z.object({
  id: Id,
  label: z.string(),
  /** Votes for this option; null while the reader may not see results yet. */
  votes: z.number().int().min(0).nullable(),
});
export type PollOption = z.infer<typeof PollOption>;

export const Poll = z.object({
  id: Id,
  question: z.string().nullable(),
  options: z.array(PollOption),
  multiple: z.boolean(),
  maxChoices: z.number().int().min(1),
  closesAt: IsoTime.nullable(),
  isClosed: z.boolean(),
  resultsVisibility: PollResultsVisibility,
  /** Whether `votes` are filled in for this reader. */
  canSeeResults: z.boolean(),
  /** Members who voted (each counted once, whatever they picked). */
  voterCount: z.number().int().min(0),
  /** Option ids the reader picked. */
  myChoices: z.array(Id),
  canVote: z.boolean(),
  /** The author may still change or remove the poll: nobody has voted yet. */
  canEdit: z.boolean(),
});
export type Poll = z.infer<typeof Poll>;

/** The reader's choice(s); voting again replaces them. */
export const VoteBody = z.strictObject({ optionIds: z.array(Id).min(1).max(POLL_MAX_OPTIONS) }).superRefine((body, ctx) => {
  const seen = new Set<string>();
  body.optionIds.forEach((id, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: ['optionIds', index] });
    seen.add(id);
  });
});
export type VoteBody = z.input<typeof VoteBody>;
