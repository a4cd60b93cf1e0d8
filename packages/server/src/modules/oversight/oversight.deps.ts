import type { AuthorRef, Locale } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import type { LedgerService } from '../ledger/index.js';

/** What economy oversight needs from its neighbours (each bound through its index in build-app). */
export interface OversightDeps {
  platform: Platform;
  ledger: LedgerService;
  members: {
    refs(ids: readonly string[]): Promise<Map<string, AuthorRef>>;
    /** Active owners and admins, whom new flags are raised to. */
    admins(): Promise<{ id: string; locale: string }[]>;
  };
  /** An in-app notice to one admin (the moderation notice path): `title` in their language, leading to `url`. */
  notify(notice: { recipientId: string; subjectId: string; title: string; url: string; locale: Locale }): Promise<void>;
}
