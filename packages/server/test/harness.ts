/**
 * Test harness: a real Hearth server per test file, listening on a loopback port, on a
 * fresh SQLite file — or on a fresh PostgreSQL schema when HEARTH_TEST_DATABASE_URL is set,
 * with the Redis bus when HEARTH_TEST_REDIS_URL is set. Tests talk to it over real HTTP.
 */
import type { Agent as HttpsAgent } from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type HearthApp } from '../src/app/build-app.js';
import { loadConfig, type Config } from '../src/config/config.js';
import { ManualClock, type Clock } from '../src/platform/clock.js';
import type { OutboundPolicy } from '../src/platform/http/safe-fetch.js';
import { createLogger } from '../src/platform/logger.js';

export { XSS_PAYLOADS } from '../src/platform/text/xss-corpus.js';

export interface TestApp {
  hearth: HearthApp;
  url: string;
  clock: Clock;
  dataDir: string;
  close(): Promise<void>;
  client(options?: { locale?: string }): ApiClient;
}

export interface StartOptions {
  env?: Record<string, string>;
  clock?: ManualClock;
  /** Start the job worker (mail delivery); off by default so tests drive jobs explicitly. */
  worker?: boolean;
  /** Lets outgoing fetches (link previews) reach the test's own local HTTP servers. */
  outbound?: OutboundPolicy;
  /** HTTPS agent for web push (a local fake push service with its own certificate). */
  pushAgent?: HttpsAgent;
}

export const testDatabaseUrl = process.env.HEARTH_TEST_DATABASE_URL || null;
export const testRedisUrl = process.env.HEARTH_TEST_REDIS_URL || null;

/** A fresh schema in the test PostgreSQL database, so test files never see each other's rows. */
async function freshPgSchema(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema if exists ${schema} cascade`) };
}

export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-test-'));
  const env: Record<string, string> = {
    HEARTH_DATA_DIR: dataDir,
    HEARTH_PORT: '0',
    HEARTH_HOST: '127.0.0.1',
    HEARTH_LOG_LEVEL: 'silent',
    HEARTH_ROLES: options.worker ? 'api,realtime,worker,cron' : 'api,realtime',
    HEARTH_SQLITE_SYNCHRONOUS: 'NORMAL',
    ...(testRedisUrl ? { HEARTH_REDIS_URL: testRedisUrl } : {}),
    ...options.env,
  };
  let pgSchema: { url: string; drop(): Promise<void> } | null = null;
  if (testDatabaseUrl && !env.HEARTH_DATABASE_URL) {
    pgSchema = await freshPgSchema(testDatabaseUrl);
    env.HEARTH_DATABASE_URL = pgSchema.url;
  }
  // Tests always parse responses with the contract too, whatever NODE_ENV the runner had.
  const config: Config = loadConfig({ ...env, NODE_ENV: 'test' });
  const clock = options.clock ?? new ManualClock(Date.now());
  // Apps of concurrent test files share the test Redis: each gets its own channel prefix.
  const busPrefix = `hearth-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}:`;
  const outbound = options.outbound ? { outbound: options.outbound } : {};
  const pushAgent = options.pushAgent ? { pushAgent: options.pushAgent } : {};
  const hearth = await buildApp(config, { clock, logger: createLogger('silent'), busPrefix, ...outbound, ...pushAgent });
  const address = await hearth.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    hearth,
    url: address,
    clock,
    dataDir,
    client: (clientOptions = {}) => new ApiClient(address, clientOptions.locale),
    async close() {
      await hearth.close();
      await pgSchema?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A minimal HTTP client with a cookie jar, sending Origin like a browser on our site. */
export class ApiClient {
  cookies = new Map<string, string>();
  constructor(
    readonly baseUrl: string,
    public locale = 'en',
  ) {}

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const init: RequestInit & { headers: Record<string, string> } = {
      method,
      headers: { origin: this.baseUrl, 'accept-language': this.locale, ...headers },
      redirect: 'manual',
    };
    if (this.cookies.size > 0) init.headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) {
      init.body = body as RequestInit['body'];
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers['content-type'] ??= 'application/json';
    }
    for (const [k, v] of Object.entries(init.headers)) if (v === '') delete init.headers[k];
    const response = await fetch(this.baseUrl + url, init);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('json') && text ? JSON.parse(text) : text;
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body, headers);
  }
  patch<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', url, body, headers);
  }
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', url, body, headers);
  }
  delete<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', url, undefined, headers);
  }
}

export const OWNER = { email: 'owner@example.com', password: 'correct horse battery', displayName: '爐主 Owner' };

/** Sets the community up and returns the signed-in owner's client. */
export async function setUpCommunity(app: TestApp, options: { locale?: 'en' | 'zh-TW' | 'zh-CN'; demo?: boolean } = {}) {
  const owner = app.client();
  const response = await owner.post('/api/setup', {
    community: { name: 'Test Hearth', locale: options.locale ?? 'en' },
    owner: OWNER,
    demo: options.demo ?? false,
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${JSON.stringify(response.body)}`);
  return owner;
}

let counter = 0;
/** Registers a fresh member and returns their signed-in client. */
export async function registerMember(app: TestApp, overrides: Record<string, unknown> = {}) {
  const client = app.client();
  counter += 1;
  const response = await client.post('/api/auth/register', {
    email: `member${counter}-${Math.random().toString(36).slice(2, 7)}@example.com`,
    password: 'a-long-enough-passphrase',
    displayName: `Member ${counter}`,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { client, member: response.body.member as { id: string; email: string; status: string } };
}
