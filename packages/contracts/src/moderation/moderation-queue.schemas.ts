import { z } from 'zod';
import { Id, IsoTime, PlainText } from '../common/index.js';
import { AuthorRef } from '../posts/posts.schemas.js';
import { FilterReason } from './moderation.schemas.js';
import { SpamSignal } from './spam.schemas.js';

/** What a hold is on: a thread or a reply (chat messages and profiles are refused instead, never held). */
export const HeldSubjectKind = z.enum(['post', 'comment']);
export type HeldSubjectKind = z.infer<typeof HeldSubjectKind>;

export const HoldStatus = z.enum(['held', 'approved', 'removed']);
export type HoldStatus = z.infer<typeof HoldStatus>;

/** A word found in one field of the held text; offsets are UTF-16 offsets into that field. */
export const HeldMatch = FilterReason.extend({ field: z.enum(['title', 'body']) });
export type HeldMatch = z.infer<typeof HeldMatch>;

/** One item of the review queue: content a review word held until a moderator decides. */
export const HeldItem = z.object({
  id: Id,
  subjectKind: HeldSubjectKind,
  subjectId: Id,
  /** The thread it belongs to (the thread itself for a held thread). */
  postId: Id,
  spaceId: Id,
  author: AuthorRef,
  /** The thread's title for a held thread; null for a reply. */
  title: z.string().nullable(),
  /** The Markdown source as stored (mask words already ***). */
  body: z.string(),
  matches: z.array(HeldMatch),
  /** The spam signals that held it (or the reports that hid it), each with its score; empty for a word hold. */
  signals: z.array(SpamSignal),
  status: HoldStatus,
  createdAt: IsoTime,
});
export type HeldItem = z.infer<typeof HeldItem>;

export const HeldItemPage = z.object({ items: z.array(HeldItem), nextCursor: z.string().nullable() });
export type HeldItemPage = z.infer<typeof HeldItemPage>;

export const RemoveHeldBody = z.object({ reason: PlainText(500).pipe(z.string().trim().min(1)) });
export type RemoveHeldBody = z.infer<typeof RemoveHeldBody>;

/** At most this many items per bulk decision (a page of the queue and then some). */
export const BULK_DECIDE_MAX = 100;

/** Approve or remove several held items at once; a removal needs its reason, as one at a time does. */
export const BulkDecideBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), ids: z.array(Id).min(1).max(BULK_DECIDE_MAX) }).strict(),
  z
    .object({
      action: z.literal('remove'),
      ids: z.array(Id).min(1).max(BULK_DECIDE_MAX),
      reason: PlainText(500).pipe(z.string().trim().min(1)),
    })
    .strict(),
]);
export type BulkDecideBody = z.infer<typeof BulkDecideBody>;

/**
 * Each item is decided on its own (as if one at a time): those decided are returned, the
 * others say why not (already decided by someone else, gone, the moderator's own content).
 */
export const BulkDecideResult = z.object({
  decided: z.array(HeldItem),
  failed: z.array(z.object({ id: Id, code: z.string(), title: z.string() })),
});
export type BulkDecideResult = z.infer<typeof BulkDecideResult>;

/**
 * Extension fields of the 422 problems a write path returns when the word filter refuses a
 * text: `content_refused` (a block word) and `content_held_for_review` (a review word where
 * content cannot be held: chat, DMs, profiles, edits of published content).
 */
export const ContentRefusal = z.object({
  /** The listed words found, each once. */
  words: z.array(z.string()),
  /** Where each was found: field name, the text as written, UTF-16 offsets into that field. */
  matches: z.array(z.object({ field: z.string(), word: z.string(), match: z.string(), start: z.number().int(), end: z.number().int() })),
});
export type ContentRefusal = z.infer<typeof ContentRefusal>;
