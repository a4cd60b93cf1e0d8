import type { CheckTextResult, ContentRefusal, FilterReason, SpamSignal } from '@hearth/contracts';
import { AppError } from '../../platform/errors/app-error.js';
import type { ModerationService } from './moderation.service.js';
import { contentSignals } from './spam/signals.js';
import type { SpamDetector } from './spam/spam-detector.js';

/** A member's text to screen, by field name (`title`, `body`, `bio` …); undefined fields are skipped. */
export type ScreenFields = Record<string, string | undefined>;

/** A found word, with the field it was found in. Offsets are UTF-16 offsets into that field. */
export type FieldReason = FilterReason & { field: string };

export interface ScreenOptions {
  /**
   * Whether a review word may hold the content (threads and replies). Where it cannot —
   * chat (a seq'd conversation cannot have invisible holes), profiles, edits of published
   * content — a review word refuses the write with `content_held_for_review` instead.
   */
  canHold: boolean;
  /** Fields whose text is Markdown: masks there are written `\*\*\*`, so the rendering shows *** literally. */
  markdown?: readonly string[];
  /** The writer: ad/spam detection (spam/) scores the text for them. Without it only the word filter runs. */
  authorId?: string;
  /** A new thread or reply (not an edit, not chat): counts toward the trust level's posts an hour. */
  newPost?: boolean;
}

/** What the trust limits are told of a write with an author. */
export interface WriteFacts {
  links: number;
  images: number;
  newPost: boolean;
}

/** The author's trust level's limits (modules/trust, bound by the composition root). */
export interface TrustLimits {
  /** @throws trust_level_links, trust_level_images (403), trust_level_rate (429) */
  assertMayWrite(authorId: string, facts: WriteFacts): Promise<void>;
}

/** Markdown images and HTML img tags (uploads are written as Markdown images). */
const IMAGE = /!\[[^\]]*\]\([^)]*\)|<img\b/gi;

export interface Screened<F extends ScreenFields> {
  /** The texts to store: each mask word replaced by *** (undefined fields stay undefined). */
  texts: { [K in keyof F]: F[K] };
  /** A review word was found: store the content as pending and hold it (only when canHold). */
  held: boolean;
  /** The spam signals that fired (what a hold records for the review queue); empty when none did. */
  signals: SpamSignal[];
}

/** What write paths of other modules call before they commit; passed to them from the composition root. */
export interface ContentScreen {
  /**
   * Screens a write: refuses block words (and review words where nothing can be held), masks
   * mask words, and says whether the content must be held for review. Call it before the
   * transaction that stores the texts, and store `texts`, not the input.
   * @throws content_refused (422, a block word), content_held_for_review (422, a review word and !canHold);
   *   both list the words in the problem's `words` and `matches` extensions
   */
  screen<F extends ScreenFields>(fields: F, options: ScreenOptions): Promise<Screened<F>>;
  /** The review words found in texts as they are stored, for a hold's highlights. */
  locate(fields: ScreenFields): Promise<FieldReason[]>;
}

/** The ContentScreen of the word filter (a Markdown-aware wrapper of ModerationService.check). */
export class ContentGate implements ContentScreen {
  constructor(
    private readonly moderation: ModerationService,
    private readonly spam: SpamDetector | null = null,
    private readonly trust: TrustLimits | null = null,
  ) {}

  async screen<F extends ScreenFields>(fields: F, options: ScreenOptions): Promise<Screened<F>> {
    // Trust levels first (modules/trust): a new member's link is refused for what it is, before any word.
    if (options.authorId && this.trust) {
      const text = Object.values(fields).filter(Boolean).join('\n');
      const images = [...text.matchAll(IMAGE)].length;
      // An image's address is not also a link.
      const links = contentSignals(text.replace(IMAGE, ' ')).links;
      await this.trust.assertMayWrite(options.authorId, { links, images, newPost: options.newPost === true });
    }
    const results = await this.checkAll(fields);
    const reasons = results.flatMap(({ field, result }) => result.reasons.map((r) => ({ ...r, field })));
    const blocked = reasons.filter((r) => r.action === 'block');
    if (blocked.length > 0) throw refusal('content_refused', blocked);
    const review = reasons.filter((r) => r.action === 'review');
    if (review.length > 0 && !options.canHold) throw refusal('content_held_for_review', review);
    // --- ad/spam detection (spam/spam-detector.ts): after the words, so a block word is reported as such.
    const spam = options.authorId && this.spam ? await this.spam.assess(options.authorId, joined(results), options.canHold) : null;
    if (spam && (spam.decision === 'block' || (spam.decision === 'hold' && !options.canHold))) throw spamRefusal(spam.signals);
    // --- end of ad/spam detection
    const texts: Record<string, string | undefined> = { ...fields };
    for (const { field, text, result } of results) {
      texts[field] = options.markdown?.includes(field) ? maskMarkdown(text, result.reasons) : result.masked;
    }
    const signals = spam && spam.decision !== 'allow' ? spam.signals : [];
    return { texts: texts as { [K in keyof F]: F[K] }, held: review.length > 0 || spam?.decision === 'hold', signals };
  }

  async locate(fields: ScreenFields): Promise<FieldReason[]> {
    const results = await this.checkAll(fields);
    return results.flatMap(({ field, result }) => result.reasons.filter((r) => r.action === 'review').map((r) => ({ ...r, field })));
  }

  private async checkAll(fields: ScreenFields): Promise<{ field: string; text: string; result: CheckTextResult }[]> {
    const present = Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
    return Promise.all(present.map(async ([field, text]) => ({ field, text, result: await this.moderation.check(text) })));
  }
}

/** The 422 a refused write gets: translated, with the words (once each) and where they were found. */
function refusal(code: 'content_refused' | 'content_held_for_review', reasons: FieldReason[]): AppError {
  const words = [...new Set(reasons.map((r) => r.word))];
  const extensions: ContentRefusal = {
    words,
    matches: reasons.map((r) => ({ field: r.field, word: r.word, match: r.match, start: r.start, end: r.end })),
  };
  return new AppError(code, 422, { words: words.join(', ') }, undefined, extensions);
}

/** The texts of a write as one, for spam detection (a title and body are one ad). */
function joined(results: { text: string }[]): string {
  return results.map((r) => r.text).join('\n');
}

/** The 422 of a write that looks like an ad or spam: translated, with the signals that fired. */
function spamRefusal(signals: SpamSignal[]): AppError {
  return new AppError('content_looks_like_spam', 422, {}, undefined, { signals });
}

/**
 * The filter's masking (same ranges, same overlap rule as its `masked`), but with the mask
 * escaped for Markdown: a bare *** would render as a rule or emphasis (`x***y` is <em>),
 * and the stored source and its HTML must show the same ***.
 */
function maskMarkdown(text: string, reasons: readonly FilterReason[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of reasons.filter((r) => r.action === 'mask')) {
    if (end <= at) continue;
    out += text.slice(at, Math.max(at, start)) + (start >= at ? '\\*\\*\\*' : '');
    at = end;
  }
  return out + text.slice(at);
}
