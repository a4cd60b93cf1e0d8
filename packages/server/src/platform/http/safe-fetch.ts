import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { isLoopbackAddress, isPublicAddress, unbracket } from './outbound-address.js';

/** Why an outgoing fetch was refused or failed; stable, for logs and tests. */
export type SafeFetchFailure =
  | 'bad_url'
  | 'scheme'
  | 'port'
  | 'private_address'
  | 'dns'
  | 'redirects'
  | 'timeout'
  | 'too_large'
  | 'content_type'
  | 'encoding'
  | 'http_status'
  | 'network';

export class SafeFetchError extends Error {
  constructor(
    readonly reason: SafeFetchFailure,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'SafeFetchError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/**
 * How the fetcher may reach out. Production uses the defaults; this is set only by code
 * (tests build it), never from configuration, so no environment variable can open it up.
 */
export interface OutboundPolicy {
  /**
   * Loopback ports that may be reached in addition to public addresses on 80/443: only a
   * test's own HTTP server, started on a random port. Empty by default.
   */
  loopbackPorts?: readonly number[];
  /** Name resolution; by default the system resolver, every address. */
  resolve?: Resolver;
  /** Limit on the whole fetch, redirects and body included; 5 s by default. */
  timeoutMs?: number;
}

export interface SafeFetchRequest {
  /** Largest body accepted (bigger ones are refused from Content-Length, or cut off while reading). */
  maxBytes: number;
  /** Accepted media types: exact (`text/html`) or a prefix ending in `/` (`image/`). */
  accept: readonly string[];
}

export interface SafeFetchResponse {
  /** The URL that answered, after redirects. */
  url: string;
  /** Media type without parameters, lower case. */
  contentType: string;
  charset: string | null;
  body: Buffer;
}

export interface SafeFetcher {
  /** GETs `url` within the policy. @throws SafeFetchError */
  fetch(url: string, request: SafeFetchRequest): Promise<SafeFetchResponse>;
}

const MAX_REDIRECTS = 3;
const MAX_URL_LENGTH = 2000;
const DEFAULT_TIMEOUT_MS = 5000;
const USER_AGENT = 'HearthBot/1.0 (link previews; +https://github.com/hearth)';

const systemResolve: Resolver = async (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * Outgoing HTTP(S) for link previews (and later webhooks) that cannot be turned against the
 * server's own network: http/https on ports 80 and 443 only; the host name is resolved here
 * and every address must be public (no private, loopback, link-local, CGNAT, multicast, ULA
 * or IPv4-mapped address); the connection goes to the checked address itself, so a DNS
 * answer that changes between check and connect (rebinding) cannot redirect it; each of at
 * most 3 redirects is checked the same way; one time limit covers everything; the body is
 * capped and only accepted media types are read. No cookies or credentials are ever sent.
 */
export function createSafeFetcher(policy: OutboundPolicy = {}): SafeFetcher {
  const resolve = policy.resolve ?? systemResolve;
  const loopbackPorts = new Set(policy.loopbackPorts ?? []);
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function checkedAddress(url: URL): Promise<string> {
    const hostname = unbracket(url.hostname);
    const port = portOf(url);
    let addresses: ResolvedAddress[];
    if (net.isIP(hostname)) addresses = [{ address: hostname, family: net.isIP(hostname) }];
    else {
      try {
        addresses = await resolve(hostname);
      } catch (error) {
        throw new SafeFetchError('dns', error instanceof Error ? error.message : String(error));
      }
    }
    if (addresses.length === 0) throw new SafeFetchError('dns', 'no address');
    // Every address must pass, not just the first: a client library could pick any of them.
    for (const { address } of addresses) {
      if (isLoopbackAddress(address) && loopbackPorts.has(port)) continue;
      if (!isPublicAddress(address)) throw new SafeFetchError('private_address', address);
      if (port !== 80 && port !== 443) throw new SafeFetchError('port', String(port));
    }
    return addresses[0]!.address;
  }

  async function follow(start: string, request: SafeFetchRequest, signal: AbortSignal): Promise<SafeFetchResponse> {
    let url = parseTarget(start);
    for (let redirects = 0; ; redirects++) {
      const address = await checkedAddress(url);
      const response = await get(url, address, request, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new SafeFetchError('http_status', String(status));
        if (redirects >= MAX_REDIRECTS) throw new SafeFetchError('redirects');
        url = parseTarget(resolveLocation(location, url));
        continue;
      }
      return readBody(response, url, request, signal);
    }
  }

  return {
    async fetch(url, request) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const timedOut = new Promise<never>((_, reject) => {
        controller.signal.addEventListener('abort', () => reject(new SafeFetchError('timeout')), { once: true });
      });
      try {
        // The race also bounds DNS resolution, which cannot be aborted.
        return await Promise.race([follow(url, request, controller.signal), timedOut]);
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
    },
  };
}

function parseTarget(value: string): URL {
  if (value.length > MAX_URL_LENGTH || !URL.canParse(value)) throw new SafeFetchError('bad_url');
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SafeFetchError('scheme', url.protocol);
  if (url.username || url.password || !url.hostname) throw new SafeFetchError('bad_url');
  return url;
}

function resolveLocation(location: string, base: URL): string {
  if (!URL.canParse(location, base.href)) throw new SafeFetchError('bad_url');
  return new URL(location, base).href;
}

function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function get(url: URL, address: string, request: SafeFetchRequest, signal: AbortSignal): Promise<http.IncomingMessage> {
  const isHttps = url.protocol === 'https:';
  const hostname = unbracket(url.hostname);
  const options: https.RequestOptions = {
    // The checked address itself: no second lookup between the check and the connection.
    host: address,
    port: portOf(url),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    agent: false,
    signal,
    headers: {
      host: url.host,
      'user-agent': USER_AGENT,
      accept: request.accept.map((type) => (type.endsWith('/') ? `${type}*` : type)).join(', '),
      // A compressed body could expand far beyond maxBytes; ask for none and refuse it.
      'accept-encoding': 'identity',
    },
    // TLS: SNI and certificate checks against the host name, not the address we connect to.
    ...(isHttps && !net.isIP(hostname) ? { servername: hostname } : {}),
  };
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(options, resolve);
    req.on('error', (error) => reject(signal.aborted ? new SafeFetchError('timeout') : new SafeFetchError('network', error.message)));
    req.end();
  });
}

function isAccepted(type: string, accept: readonly string[]): boolean {
  return accept.some((wanted) => (wanted.endsWith('/') ? type.startsWith(wanted) : type === wanted));
}

async function readBody(
  response: http.IncomingMessage,
  url: URL,
  request: SafeFetchRequest,
  signal: AbortSignal,
): Promise<SafeFetchResponse> {
  const refuse = (reason: SafeFetchFailure, detail?: string): never => {
    response.destroy();
    throw new SafeFetchError(reason, detail);
  };
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) refuse('http_status', String(status));
  const [rawType = '', ...parameters] = (response.headers['content-type'] ?? '').split(';');
  const contentType = rawType.trim().toLowerCase();
  if (!isAccepted(contentType, request.accept)) refuse('content_type', contentType || 'none');
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') refuse('encoding', encoding);
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > request.maxBytes) refuse('too_large');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > request.maxBytes) refuse('too_large');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof SafeFetchError) throw error;
    throw signal.aborted
      ? new SafeFetchError('timeout')
      : new SafeFetchError('network', error instanceof Error ? error.message : String(error));
  }
  const charset = parameters
    .map((p) => p.trim().match(/^charset\s*=\s*"?([\w.:-]+)"?$/i)?.[1])
    .find((value): value is string => value !== undefined);
  return { url: url.href, contentType, charset: charset?.toLowerCase() ?? null, body: Buffer.concat(chunks) };
}
