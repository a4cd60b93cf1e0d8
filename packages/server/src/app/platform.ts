import type { Agent as HttpsAgent } from 'node:https';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { openDb, type Db, type DbHandle, type Dialect } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createLocalBlobStore, type BlobStore } from '../platform/blobs/blobs.js';
import { ActorCache } from '../platform/http/actor-cache.js';
import { createMemoryBus, createRedisBus, type Bus } from '../platform/bus/bus.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { uuidV7Ids, type Ids } from '../platform/ids.js';
import { DomainEvents } from '../platform/events/domain-events.js';
import type { OutboundPolicy } from '../platform/http/safe-fetch.js';
import { JobQueue } from '../platform/jobs/jobs.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { Mailer } from '../platform/mail/mailer.js';
import { createMetrics, type Metrics } from '../platform/metrics.js';
import { VERSION } from './version.js';
import { AuditLog } from '../platform/audit/audit-log.js';
import { WriteRestrictions } from '../platform/audit/write-restrictions.js';

/** The ports every module is built on: one per community (see ARCHITECTURE "Storage"). */
export interface Platform {
  config: Config;
  db: Db;
  dialect: Dialect;
  dbHandle: DbHandle;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  bus: Bus;
  jobs: JobQueue;
  /** Durable domain events between modules (ARCHITECTURE rule 1), carried by `jobs`. */
  events: DomainEvents;
  mailer: Mailer;
  blobs: BlobStore;
  metrics: Metrics;
  /** Resolved callers of recent requests; see ActorCache for who must invalidate it. */
  actors: ActorCache;
  version: string;
  /** The community's public origin once known (recorded at setup); see platform/http/base-url.ts. */
  site: { url: string | null };
  /** Records every moderator and admin action (platform/audit). */
  audit: AuditLog;
  /** Mutes and bans in force, asked by every write path (bound by the moderation module). */
  restrictions: WriteRestrictions;
}

export interface PlatformOverrides {
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  /** Redis channel prefix (default `hearth:`): separates apps that share one Redis. */
  busPrefix?: string;
  /** Tests only: lets outgoing fetches (link previews) reach a local test server. Never set from config. */
  outbound?: OutboundPolicy;
  /** HTTPS agent for web push requests (tests point it at a local push service with its own certificate). */
  pushAgent?: HttpsAgent;
}

export { VERSION };

/** Opens the adapters chosen by config and migrates the database. */
export async function createPlatform(config: Config, overrides: PlatformOverrides = {}): Promise<Platform> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const ids = overrides.ids ?? uuidV7Ids;
  const dbHandle = await openDb({
    databaseUrl: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, 'hearth.sqlite'),
    synchronous: config.sqliteSynchronous,
  });
  await migrateToLatest(dbHandle.db);
  const bus = config.redisUrl ? await createRedisBus(config.redisUrl, logger, overrides.busPrefix) : createMemoryBus();
  const jobs = new JobQueue(dbHandle.db, dbHandle.dialect, clock, ids, logger);
  const mailer = new Mailer(dbHandle.db, jobs, clock, ids, config.smtpUrl, config.mailFrom);
  const blobs = createLocalBlobStore(path.join(config.dataDir, 'blobs'));
  const actors = new ActorCache(bus, clock);
  await actors.listen();
  return {
    config,
    db: dbHandle.db,
    dialect: dbHandle.dialect,
    dbHandle,
    clock,
    ids,
    logger,
    bus,
    jobs,
    events: new DomainEvents(jobs),
    mailer,
    blobs,
    metrics: createMetrics(),
    actors,
    version: VERSION,
    site: { url: null },
    audit: new AuditLog(clock, ids),
    restrictions: new WriteRestrictions(),
  };
}

export async function closePlatform(platform: Platform): Promise<void> {
  await platform.jobs.stop();
  platform.mailer.close();
  await platform.bus.close();
  await platform.dbHandle.close();
}
