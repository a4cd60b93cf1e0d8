import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Locale, Role } from '@hearth/contracts';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { createHttpServer } from '../platform/http/http-server.js';
import { createRealtimeHub, type RealtimeHub } from '../platform/realtime/realtime-hub.js';
import { registerRealtimeRoute } from '../platform/realtime/realtime-route.js';
import { createChatModule, type ChatModule } from '../modules/chat/index.js';
import { createDemoSeeder } from '../modules/demo/index.js';
import { createEconomyModule, type EconomyModule } from '../modules/economy/index.js';
import { createPerksModule, type PerksModule } from '../modules/perks/index.js';
import { createMarketModule, type MarketModule } from '../modules/market/index.js';
import { createOversightModule, type OversightModule } from '../modules/oversight/index.js';
import { createIdentityModule, type IdentityModule } from '../modules/identity/index.js';
import { registerMailRoutes } from '../modules/mail/index.js';
import { createMediaModule } from '../modules/media/index.js';
import { createInviteGate, createMembersModule, type MembersModule } from '../modules/members/index.js';
import { createModerationModule, type ModerationModule } from '../modules/moderation/index.js';
import { createAuditModule } from '../modules/audit/index.js';
import { createLedgerModule, type LedgerModule } from '../modules/ledger/index.js';
import { createPeopleModule, type PeopleModule } from '../modules/people/index.js';
import { createNotificationsModule, type NotificationsModule } from '../modules/notifications/index.js';
import { createPostsModule, newThreadsSince, type PostsModule } from '../modules/posts/index.js';
import { createPresenceModule, type PresenceModule } from '../modules/presence/index.js';
import { createSearchIndex, createSearchModule } from '../modules/search/index.js';
import { createSpacesModule, type SpacesModule } from '../modules/spaces/index.js';
import { createSystemModule, type SystemService } from '../modules/system/index.js';
import { createTrustModule, type TrustModule } from '../modules/trust/index.js';
import { buildOpenApi } from './openapi.js';
import { closePlatform, createPlatform, type Platform, type PlatformOverrides } from './platform.js';
import { composeReportTargets } from './report-targets.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerWeb, registerWebMissing, resolveWebDir } from './web.js';

export interface HearthApp {
  app: FastifyInstance;
  platform: Platform;
  modules: {
    members: MembersModule;
    identity: IdentityModule;
    system: SystemService;
    spaces: SpacesModule;
    posts: PostsModule;
    chat: ChatModule;
    notifications: NotificationsModule;
    people: PeopleModule;
    presence: PresenceModule;
    ledger: LedgerModule;
    economy: EconomyModule;
    moderation: ModerationModule;
    perks: PerksModule;
    trust: TrustModule;
    market: MarketModule;
    oversight: OversightModule;
  };
  realtime: RealtimeHub;
  close(): Promise<void>;
}

/** Composition root: platform adapters, then every module, then the HTTP surface. */
export async function buildApp(config: Config, overrides: PlatformOverrides = {}): Promise<HearthApp> {
  const platform = await createPlatform(config, overrides);

  let system: SystemService | null = null;
  // First, as every module with a write path of member text screens it through this; the
  // queue's authors come from members (bound late: only called on requests).
  const moderation = await createModerationModule(platform, {
    authorRefs: (ids) => members.service.refs(ids),
    // Trust levels (modules/trust) for spam detection, reports and the gate's limits (bound late).
    trustLevel: (id) => trust.service.levelOf(id),
    trustLimits: { assertMayWrite: (id, facts) => trust.service.assertMayWrite(id, facts) },
    // Penalties (h-21): bound late, every one is called only on requests and jobs.
    penalties: {
      members: {
        find: async (id) => {
          const member = await members.service.findById(platform.db, id);
          return member && { id: member.id, role: member.role as Role, status: member.status, locale: member.locale as Locale };
        },
        refs: (ids) => members.service.refs(ids),
        setBanned: (tx, id, banned, actorId, reason) => members.service.setBanned(tx, id, banned, actorId, reason),
      },
      revokeSessions: (tx, memberId) => identity.sessions.revokeAll(tx, memberId),
      closeSockets: (memberId) => realtime.closeMember(memberId),
      points: {
        balance: async (memberId) => {
          const points = await ledger.service.ensurePointsAsset(platform.db);
          return (await ledger.service.walletOf(platform.db, memberId, points.id)).balance;
        },
        deduct: async (tx, memberId, amount, memo, initiatorId) => {
          const points = await ledger.service.ensurePointsAsset(tx);
          const from = { memberId };
          return (await ledger.service.burn(tx, { assetId: points.id, from, amount, kind: 'deduct', memo, initiatorId })).id;
        },
        refund: async (tx, transferId, initiatorId) => void (await ledger.service.reverse(tx, transferId, { initiatorId })),
      },
      notices: {
        locale: async (memberId) => ((await members.service.findById(platform.db, memberId))?.locale as Locale | undefined) ?? null,
        notify: async (n) =>
          void (await notifications.service.notify({
            ...n,
            kind: 'moderation',
            actorId: null,
            groupKey: null,
            spaceId: null,
            postId: null,
            conversationId: null,
            emoji: null,
            action: null,
          })),
      },
    },
  });
  const contentModeration = { screen: moderation.screen, holds: moderation.holds };
  // The community row belongs to the system module; members asks for it through these, and
  // asks people (bound late, called only on requests) whom a viewer must not find.
  const members = createMembersModule(
    platform,
    {
      name: async () => (await system!.policy())?.name ?? '',
      welcome: async () => (await system!.getCommunity()).welcome,
    },
    { hiddenFrom: (viewerId) => people.service.hiddenAuthorIds(viewerId) },
    moderation.screen,
  );
  const identity = createIdentityModule(platform, {
    members: members.service,
    invites: createInviteGate(platform),
    policy: () => system!.policy(),
    bans: (memberId) => moderation.penalties.banInForce(memberId),
  });
  // Every node publishes realtime events to the bus; nodes with the realtime role also serve sockets.
  const realtime = await createRealtimeHub({
    bus: platform.bus,
    clock: platform.clock,
    logger: platform.logger,
    registry: platform.metrics.registry,
    authenticator: identity.authenticator,
    isRateLimited: config.rateLimit,
    // People is bound late: the hub asks only once sockets connect.
    hiddenFrom: (memberId) => people.service.hiddenAuthorIds(memberId),
  });
  // Whatever changes what an actor may do (role, tier, status, sessions) re-checks their sockets.
  platform.actors.onForget((memberId) => realtime.reauthorizeLocal(memberId));
  // Posts and chat ask people who may mention and DM whom; people's profiles list posts'
  // recent activity, so that one source is bound late (it is only called on requests).
  const people = await createPeopleModule({
    platform,
    members: members.service,
    activity: { recentByAuthor: (actor, authorId, page) => posts.posts.recentByAuthor(actor, authorId, page) },
  });
  // A block or unblock, heard on every node, re-reads whom those members' sockets must not see.
  people.service.onBlocksChanged((memberIds) => realtime.refreshHiddenLocal(memberIds));
  const spaces = createSpacesModule(platform, members.service, realtime);
  const searchIndex = createSearchIndex(platform);
  const media = createMediaModule(platform, overrides.outbound ? { outbound: overrides.outbound } : {});
  const posts = createPostsModule({
    platform,
    spaces: spaces.service,
    members: members.service,
    people: people.service,
    search: searchIndex,
    linkPreviews: media.linkPreviews,
    moderation: contentModeration,
  });
  moderation.holds.handle('post', posts.held.post);
  moderation.holds.handle('comment', posts.held.comment);
  const chat = await createChatModule({
    platform,
    spaces: spaces.service,
    members: members.service,
    people: people.service,
    realtime,
    search: searchIndex,
    linkPreviews: media.linkPreviews,
    moderation: moderation.screen,
    strangerDms: { assertMayStartDm: (senderId, otherIds) => trust.service.assertMayStartDm(senderId, otherIds) },
  });
  // Trust levels read members, posts, moderation and people; the gate and chat ask them (bound above).
  const trust = await createTrustModule({ platform, members: members.service, posts: posts.posts, moderation, people: people.service });
  moderation.bindReportTargets(composeReportTargets({ posts, chat: chat.service, members: members.service }));
  // Each process is its own presence node: its rows go stale if it dies without saying so.
  const presence = createPresenceModule({
    platform,
    realtime,
    people: people.service,
    partnersOf: (memberId) => chat.service.dmPartnerIds(memberId),
    nodeId: platform.ids.next(),
  });
  const notifications = createNotificationsModule({
    platform,
    members: members.service,
    spaces: spaces.service,
    people: people.service,
    realtime,
    assertCanReadThread: async (actor, postId) => void (await posts.posts.get(actor, postId)),
    communityName: async () => (await system!.policy())?.name ?? 'Hearth',
    newThreads: async (actor, since, limit) => newThreadsSince(platform.db, await spaces.service.visibleSpaceIds(actor), since, limit),
    ...(overrides.pushAgent ? { pushAgent: overrides.pushAgent } : {}),
  });
  const search = createSearchModule({
    platform,
    spaces: spaces.service,
    members: members.service,
    chat: chat.service,
    people: people.service,
  });
  const ledger = createLedgerModule(platform);
  const audit = createAuditModule(platform, (ids) => members.service.refs(ids));
  const economy = createEconomyModule({
    platform,
    ledger: ledger.service,
    members: members.service,
    people: people.service,
    posts: posts.posts,
    chat: chat.service,
  });
  const perks = createPerksModule({
    platform,
    ledger: ledger.service,
    members: members.service,
    people: people.service,
    screen: moderation.screen,
  });
  const market = createMarketModule({ platform, ledger: ledger.service, members: members.service, people: people.service });
  // Economy oversight (h-28): the console, the abuse detectors and transparency; flags reach admins as moderation notices.
  const oversight = createOversightModule({
    platform,
    ledger: ledger.service,
    members: { refs: (ids) => members.service.refs(ids), admins: () => members.service.admins() },
    notify: async (n) =>
      void (await notifications.service.notify({
        recipientId: n.recipientId,
        kind: 'moderation',
        actorId: null,
        groupKey: 'economy-flags',
        spaceId: null,
        postId: null,
        conversationId: null,
        subjectId: n.subjectId,
        title: n.title,
        excerpt: '',
        url: n.url,
        emoji: null,
        action: null,
        at: platform.clock.now(),
      })),
  });
  const seedDemo = createDemoSeeder({ platform, members: members.service, spaces: spaces.service, posts, chat, economy });
  const systemModule = createSystemModule(platform, {
    members: members.service,
    identity: identity.identity,
    sessions: identity.sessions,
    content: {
      // A new community starts with its starter spaces and its points asset.
      createStarterSpaces: async (tx, locale) => {
        await ledger.service.ensurePointsAsset(tx, locale);
        return spaces.service.createStarterSpaces(tx, locale);
      },
      seedDemo,
    },
  });
  system = systemModule.service;

  // Errors without Accept-Language speak the community's language, and links in mails use
  // the origin recorded at setup; both are refreshed whenever the community changes.
  let defaultLocale: Locale = await system.defaultLocale();
  // Communities set up before the ledger existed get their points asset now (idempotent).
  if (!(await system.needsSetup())) await ledger.service.ensurePointsAsset(platform.db, defaultLocale);
  // New built-in rule badges appear on upgrade, before any request reads the catalogue.
  await economy.badges.badges.seed();
  platform.site.url = await system.siteUrl();
  // An event can arrive while the app closes (over Redis, after the database is gone): a
  // refresh then fails quietly instead of surfacing as an unhandled rejection.
  let closing = false;
  const refreshFailed = (error: unknown) => {
    if (!closing) platform.logger.warn({ err: error }, 'could not refresh community settings');
  };
  await platform.bus.subscribe('community.updated', () => {
    if (closing) return;
    system!
      .defaultLocale()
      .then((locale) => (defaultLocale = locale))
      .catch(refreshFailed);
    system!
      .siteUrl()
      .then((url) => (platform.site.url = url))
      .catch(refreshFailed);
  });

  const app = await createHttpServer(platform, { authenticator: identity.authenticator, defaultLocale: () => defaultLocale });
  registerSecurityHeaders(app);

  // The document is built on its first request, not at boot: converting every contract to
  // JSON Schema is ~200 ms that a cold start should not pay. @fastify/swagger keeps the same
  // object, so filling it before the docs routes run serves them the whole document.
  const openapi: Record<string, unknown> = {};
  const fillOpenApi = () => {
    if (Object.keys(openapi).length === 0) Object.assign(openapi, buildOpenApi(platform.version));
  };
  await app.register(async (docs) => {
    // Only this context's routes (the document and the reference UI) run the hook.
    docs.addHook('onRequest', async () => fillOpenApi());
    docs.get('/api/openapi.json', async () => openapi);
    await docs.register(swagger, { mode: 'static', specification: { document: openapi as never } });
    await docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });
  app.get('/metrics', async (_request, reply) =>
    reply.type(platform.metrics.registry.contentType).send(await platform.metrics.registry.metrics()),
  );

  systemModule.registerRoutes(app);
  identity.registerRoutes(app);
  members.registerRoutes(app);
  registerMailRoutes(app);
  spaces.registerRoutes(app);
  posts.registerRoutes(app);
  chat.registerRoutes(app);
  people.registerRoutes(app);
  search.registerRoutes(app);
  media.registerRoutes(app);
  notifications.registerRoutes(app);
  presence.registerRoutes(app);
  moderation.registerRoutes(app);
  ledger.registerRoutes(app);
  economy.registerRoutes(app);
  perks.registerRoutes(app);
  market.registerRoutes(app);
  audit.registerRoutes(app);
  trust.registerRoutes(app);
  oversight.registerRoutes(app);
  if (config.roles.has('realtime')) await registerRealtimeRoute(app, realtime);

  const webDir = resolveWebDir(config.webDir);
  if (webDir) await registerWeb(app, webDir);
  else registerWebMissing(app);

  if (config.roles.has('cron')) await oversight.flags.schedule();
  if (config.roles.has('worker')) platform.jobs.start();

  return {
    app,
    platform,
    modules: {
      members,
      identity,
      system,
      spaces,
      posts,
      chat,
      notifications,
      people,
      presence,
      ledger,
      economy,
      moderation,
      perks,
      trust,
      market,
      oversight,
    },
    realtime,
    async close() {
      // No unsubscribe round trip to Redis here: closing the bus drops the subscription.
      closing = true;
      // Before the sockets close: this node's members are released (and announced) at once.
      await presence.service.close();
      await realtime.close();
      await app.close();
      await closePlatform(platform);
    },
  };
}
