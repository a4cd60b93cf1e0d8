import type { Community, Locale, SetupBody, UpdateCommunityBody } from '@hearth/contracts';
import type { z } from 'zod';
import type { SetupBody as SetupSchema } from '@hearth/contracts';
import type { Platform } from '../../app/platform.js';
import { withTransaction, type Tx } from '../../db/database.js';
import { AppError, conflict } from '../../platform/errors/app-error.js';
import { isWeakPassword } from '../../platform/auth/passwords.js';
import { countMembers, toMe, type MembersService } from '../members/index.js';
import type { CommunityPolicy, IdentityService, SessionsService } from '../identity/index.js';
import type { StarterSpaces } from '../spaces/index.js';
import { findCommunity, type CommunityRow } from './community.repository.js';
import { contrastWithWhite } from './contrast.js';
import { WELCOME } from './welcome.js';

/**
 * What a new community is filled with at setup: its starter spaces always, and the demo
 * community when the owner asks for it (given the starter spaces to post into).
 */
export interface CommunityContent {
  createStarterSpaces(tx: Tx, locale: Locale): Promise<StarterSpaces>;
  seedDemo(tx: Tx, locale: Locale, starter: StarterSpaces): Promise<{ description: string }>;
}

/** The community itself: first-run setup, settings and join policy. */
export class SystemService {
  constructor(
    private readonly platform: Platform,
    private readonly members: MembersService,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
    private readonly content: CommunityContent,
  ) {}

  async needsSetup(): Promise<boolean> {
    return !(await findCommunity(this.platform.db));
  }

  async policy(): Promise<CommunityPolicy | null> {
    const row = await findCommunity(this.platform.db);
    if (!row) return null;
    return {
      name: row.name,
      locale: row.locale as Locale,
      joinPolicy: row.joinPolicy as CommunityPolicy['joinPolicy'],
      questions: JSON.parse(row.questions) as string[],
    };
  }

  /** The public origin recorded at setup, or null. */
  async siteUrl(): Promise<string | null> {
    return (await findCommunity(this.platform.db))?.publicUrl ?? null;
  }

  async defaultLocale(): Promise<Locale> {
    return ((await findCommunity(this.platform.db))?.locale as Locale | undefined) ?? 'en';
  }

  /** @throws not_set_up */
  async getCommunity(): Promise<Community> {
    const row = await findCommunity(this.platform.db);
    if (!row) throw conflict('not_set_up');
    return this.toCommunity(row);
  }

  /**
   * Creates the community, its default tiers and the owner (signed in), optionally with
   * demo content in the chosen language. Only while no community exists. `origin` (the
   * site as the owner reached it) becomes the base of links in mails unless
   * HEARTH_PUBLIC_URL is set.
   * @throws already_set_up, weak_password
   */
  async setup(body: z.output<typeof SetupSchema>, userAgent: string | null, origin: string | null = null) {
    if (isWeakPassword(body.owner.password, body.owner.email)) {
      throw new AppError('invalid_input', 400, {}, [{ path: 'owner.password', code: 'weak_password' }]);
    }
    const result = await withTransaction(this.platform.db, async (tx) => {
      if (await findCommunity(tx)) throw conflict('already_set_up');
      const now = this.platform.clock.now();
      const locale = body.community.locale;
      await tx
        .insertInto('community')
        .values({
          id: this.platform.ids.next(),
          name: body.community.name,
          description: '',
          welcome: WELCOME[locale](body.community.name),
          locale,
          joinPolicy: 'open',
          questions: '[]',
          accentColor: '#c2410c',
          logoKey: null,
          publicUrl: origin,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await this.members.createDefaultTiers(tx, locale);
      const owner = await this.members.createMember(tx, {
        email: body.owner.email,
        displayName: body.owner.displayName,
        role: 'owner',
        status: 'active',
        locale,
        timeZone: 'UTC',
        emailVerified: false,
      });
      await this.identity.setPassword(tx, owner.id, body.owner.password);
      const starter = await this.content.createStarterSpaces(tx, locale);
      if (body.demo) {
        const { description } = await this.content.seedDemo(tx, locale, starter);
        await tx.updateTable('community').set({ description }).execute();
      }
      const token = await this.sessions.create(tx, owner.id, userAgent);
      return { owner, token };
    });
    this.platform.site.url = origin;
    await this.platform.bus.publish('community.updated', {});
    return { community: await this.getCommunity(), member: toMe(result.owner), token: result.token };
  }

  /** @throws not_set_up, invalid_input (low_contrast) */
  async updateCommunity(patch: z.output<typeof UpdateCommunityBody>): Promise<Community> {
    if (patch.accentColor) {
      const ratio = contrastWithWhite(patch.accentColor);
      if (ratio < 4.5)
        throw new AppError('invalid_input', 400, {}, [{ path: 'accentColor', code: 'low_contrast', params: { ratio: ratio.toFixed(1) } }]);
    }
    return withTransaction(this.platform.db, async (tx) => {
      const row = await findCommunity(tx);
      if (!row) throw conflict('not_set_up');
      await tx
        .updateTable('community')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.description !== undefined ? { description: patch.description } : {}),
          ...(patch.welcome !== undefined ? { welcome: patch.welcome } : {}),
          ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
          ...(patch.joinPolicy !== undefined ? { joinPolicy: patch.joinPolicy } : {}),
          ...(patch.questions !== undefined ? { questions: JSON.stringify(patch.questions) } : {}),
          ...(patch.accentColor !== undefined ? { accentColor: patch.accentColor.toLowerCase() } : {}),
          updatedAt: this.platform.clock.now(),
        })
        .where('id', '=', row.id)
        .execute();
      return row.id;
    }).then(async () => {
      await this.platform.bus.publish('community.updated', {});
      return this.getCommunity();
    });
  }

  private async toCommunity(row: CommunityRow): Promise<Community> {
    return {
      name: row.name,
      description: row.description,
      welcome: row.welcome,
      locale: row.locale as Locale,
      joinPolicy: row.joinPolicy as Community['joinPolicy'],
      questions: JSON.parse(row.questions) as string[],
      accentColor: row.accentColor,
      logoUrl: null,
      tiers: await this.members.tierRefs(),
      memberCount: await countMembers(this.platform.db, 'active'),
    };
  }
}

export type { SetupBody };
