import path from 'node:path';
import { z } from 'zod';

const Bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every HEARTH_* variable Hearth reads; `.env.example` documents the same list. */
const EnvSchema = z.object({
  HEARTH_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HEARTH_HOST: z.string().default('0.0.0.0'),
  HEARTH_PUBLIC_URL: z.url().optional(),
  HEARTH_DATA_DIR: z.string().default('./data'),
  HEARTH_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  HEARTH_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  HEARTH_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  HEARTH_MAIL_FROM: z.string().default('Hearth <no-reply@localhost>'),
  HEARTH_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  HEARTH_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  HEARTH_TRUST_PROXY: Bool.default(false),
  HEARTH_ROLES: z.string().default('api,realtime,worker,cron'),
  HEARTH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HEARTH_WEB_DIR: z.string().optional(),
  HEARTH_RATE_LIMIT: Bool.default(true),
  HEARTH_SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('FULL'),
  HEARTH_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
});

export type Env = z.infer<typeof EnvSchema>;

/** The names of every variable above (a test keeps .env.example in step). */
export const ENV_VARIABLES = Object.keys(EnvSchema.shape) as (keyof Env)[];

export interface Config {
  port: number;
  host: string;
  publicUrl: string | null;
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  sessionDays: number;
  cookieSecure: 'auto' | boolean;
  trustProxy: boolean;
  roles: Set<'api' | 'realtime' | 'worker' | 'cron'>;
  logLevel: Env['HEARTH_LOG_LEVEL'];
  webDir: string | null;
  rateLimit: boolean;
  sqliteSynchronous: 'NORMAL' | 'FULL';
  /** Largest image upload accepted, in bytes (HEARTH_UPLOAD_MAX_BYTES). */
  uploadMaxBytes: number;
  /** Parse every response with its zod schema too (on under NODE_ENV=test: contract drift fails tests). */
  validateResponses: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const ROLES = ['api', 'realtime', 'worker', 'cron'] as const;

/**
 * Parses the environment once at boot. Throws ConfigError listing *every* problem, so an
 * operator fixes them all in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const hearthEnv = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('HEARTH_') && v !== ''));
  const parsed = EnvSchema.safeParse(hearthEnv);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  const known = new Set(Object.keys(EnvSchema.shape));
  for (const key of Object.keys(hearthEnv)) {
    if (!known.has(key) && !key.startsWith('HEARTH_TEST_')) problems.push(`${key}: unknown variable (typo?)`);
  }
  let roles: Config['roles'] = new Set();
  if (parsed.success) {
    const names = parsed.data.HEARTH_ROLES.split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    for (const name of names) {
      if (!(ROLES as readonly string[]).includes(name)) problems.push(`HEARTH_ROLES: unknown role "${name}" (use ${ROLES.join(', ')})`);
    }
    roles = new Set(names.filter((n): n is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(n)));
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    port: e.HEARTH_PORT,
    host: e.HEARTH_HOST,
    publicUrl: e.HEARTH_PUBLIC_URL?.replace(/\/$/, '') ?? null,
    dataDir: path.resolve(e.HEARTH_DATA_DIR),
    databaseUrl: e.HEARTH_DATABASE_URL ?? null,
    redisUrl: e.HEARTH_REDIS_URL ?? null,
    smtpUrl: e.HEARTH_SMTP_URL ?? null,
    mailFrom: e.HEARTH_MAIL_FROM,
    sessionDays: e.HEARTH_SESSION_DAYS,
    cookieSecure: e.HEARTH_COOKIE_SECURE === 'auto' ? 'auto' : e.HEARTH_COOKIE_SECURE === 'true',
    trustProxy: e.HEARTH_TRUST_PROXY,
    roles,
    logLevel: e.HEARTH_LOG_LEVEL,
    webDir: e.HEARTH_WEB_DIR ? path.resolve(e.HEARTH_WEB_DIR) : null,
    rateLimit: e.HEARTH_RATE_LIMIT,
    sqliteSynchronous: e.HEARTH_SQLITE_SYNCHRONOUS,
    uploadMaxBytes: e.HEARTH_UPLOAD_MAX_BYTES,
    validateResponses: env.NODE_ENV === 'test',
  };
}
