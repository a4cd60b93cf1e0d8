import type { ReportTargetKind, SpamSignal } from '@hearth/contracts';
import type { Actor } from '../../../platform/http/actor.js';

/** What a report is about, as the reporter may see it. */
export interface ReportedTarget {
  /** The kind it is recorded under when it differs from the one reported (a chat message that is a DM). */
  kind?: ReportTargetKind;
  /** Who wrote it (the profile's owner for a profile). */
  authorId: string;
  excerpt: string;
  /** Where it lives in the app; '' for a DM. */
  url: string;
  /** Whether a moderator can remove it from the queue (threads, replies, space-channel messages). */
  removable: boolean;
}

/**
 * The content modules' side of reports, bound by the composition root (posts for threads and
 * replies, chat for messages and DMs, members for profiles).
 */
export interface ReportTargets {
  /** @throws not_found (unknown, gone, or not visible to `actor`) */
  describe(actor: Actor, kind: ReportTargetKind, id: string): Promise<ReportedTarget>;
  /** Removes it as `moderator`. Only called when `removable`. @throws not_found, forbidden */
  remove(moderator: Actor, kind: ReportTargetKind, id: string): Promise<void>;
  /** Hides it into the review queue (threads and replies); false when it cannot be or was not published. */
  hide(kind: ReportTargetKind, id: string, signals: SpamSignal[]): Promise<boolean>;
}
