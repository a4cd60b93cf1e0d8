import { createHash } from 'node:crypto';
import type { LinkPreview } from '@hearth/contracts';
import { z } from 'zod';
import type { Platform } from '../../app/platform.js';
import type { DbOrTx } from '../../db/database.js';
import { DAY_MS, toIso } from '../../platform/clock.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import { SafeFetchError, type SafeFetcher } from '../../platform/http/safe-fetch.js';
import {
  findLinkPreview,
  insertPendingPreview,
  markPreviewRequested,
  savePreview,
  type LinkPreviewRow,
} from './link-previews.repository.js';
import { decodeHtml, extractPreview } from './preview-extract.js';
import type { UploadsService } from './uploads.service.js';

export const LINK_PREVIEW_JOB = 'media.link_preview';
const LinkPreviewJob = z.object({ url: z.string() });

/** At most this many previews per body: a list of links is not a gallery of cards. */
export const PREVIEWS_PER_BODY = 3;
/** A page's HTML is read up to this size (the head, where the tags live, comes first anyway). */
export const PREVIEW_PAGE_MAX_BYTES = 1024 * 1024;
const PREVIEW_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
const READY_FOR_MS = 7 * DAY_MS;
const FAILED_FOR_MS = DAY_MS;
/** A request still pending after this long (its job lost) is asked for again. */
const PENDING_RETRY_MS = 10 * 60_000;
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/** How content modules ask for previews: inside the transaction of the change that posted the URLs. */
export interface LinkPreviewRequester {
  /** Queues a fetch of each URL (the first few) that has no fresh preview; runs after commit. */
  request(tx: DbOrTx, urls: readonly string[]): Promise<void>;
}

/** The normalised form of a URL (WHATWG serialisation, no fragment), or null when it is not http(s). */
export function normaliseUrl(value: string): string | null {
  if (value.length > 2000 || !URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

const hashOf = (url: string) => createHash('sha256').update(url).digest('hex');

/**
 * Link previews ("oneboxes") of URLs posted alone on their line. Fetching happens in a job
 * after the post committed, through the safe fetcher (no private addresses, 5 s, 1 MB);
 * the page's og:image is downloaded the same way and re-encoded as an upload, never
 * hot-linked. Results are cached per URL for a week (failures for a day).
 *
 * Any signed-in member may read the cached preview of a URL: it holds only what the page
 * publishes about itself, and asking needs the exact URL. Reading never triggers a fetch,
 * so members cannot use the server to probe URLs.
 */
export class LinkPreviewsService implements LinkPreviewRequester {
  constructor(
    private readonly platform: Platform,
    private readonly uploads: UploadsService,
    private readonly fetcher: SafeFetcher,
  ) {}

  /** Registers the fetch job. */
  defineJobs(): void {
    this.platform.jobs.define({
      name: LINK_PREVIEW_JOB,
      payload: LinkPreviewJob,
      // Fetch failures are recorded as a failed preview, not retried; only storage errors retry.
      maxAttempts: 3,
      handle: ({ url }) => this.refresh(url),
    });
  }

  async request(tx: DbOrTx, urls: readonly string[]): Promise<void> {
    const wanted = [...new Set(urls.map(normaliseUrl).filter((url): url is string => url !== null))].slice(0, PREVIEWS_PER_BODY);
    const now = this.platform.clock.now();
    for (const url of wanted) {
      const urlHash = hashOf(url);
      const row = await findLinkPreview(tx, urlHash);
      if (row) {
        const isFresh = row.status === 'pending' ? row.requestedAt > now - PENDING_RETRY_MS : row.expiresAt > now;
        if (isFresh) continue;
        await markPreviewRequested(tx, urlHash, now);
      } else if (!(await insertPendingPreview(tx, { urlHash, url, now }))) {
        continue;
      }
      await this.platform.jobs.enqueue(tx, LINK_PREVIEW_JOB, { url });
    }
  }

  /** The cached preview of `url`. @throws invalid_input (url), not_found (never requested) */
  async get(url: string): Promise<LinkPreview> {
    const normalised = normaliseUrl(url);
    if (!normalised) throw new AppError('invalid_input', 400, {}, [{ path: 'url', code: 'invalid_url' }]);
    const row = await findLinkPreview(this.platform.db, hashOf(normalised));
    if (!row) throw notFound();
    return this.toLinkPreview(row);
  }

  /** Fetches and stores the preview of `url` (the job's work). Idempotent. */
  async refresh(url: string): Promise<void> {
    const urlHash = hashOf(url);
    const before = await findLinkPreview(this.platform.db, urlHash);
    if (!before) return;
    const extracted = await this.fetchPreview(url);
    const now = this.platform.clock.now();
    if (!extracted || (!extracted.title && !extracted.description)) {
      await savePreview(this.platform.db, urlHash, {
        status: 'failed',
        title: null,
        description: null,
        siteName: null,
        imageUploadId: null,
        fetchedAt: now,
        expiresAt: now + FAILED_FOR_MS,
      });
    } else {
      const imageUploadId = extracted.imageUrl ? await this.storeImage(extracted.imageUrl) : null;
      await savePreview(this.platform.db, urlHash, {
        status: 'ready',
        title: extracted.title,
        description: extracted.description,
        siteName: extracted.siteName,
        imageUploadId,
        fetchedAt: now,
        expiresAt: now + READY_FOR_MS,
      });
    }
    if (before.imageUploadId) await this.uploads.removeFetched(before.imageUploadId);
  }

  private async fetchPreview(url: string) {
    try {
      const page = await this.fetcher.fetch(url, { maxBytes: PREVIEW_PAGE_MAX_BYTES, accept: ['text/html', 'application/xhtml+xml'] });
      return extractPreview(decodeHtml(page.body, page.charset), page.url);
    } catch (error) {
      if (!(error instanceof SafeFetchError)) throw error;
      this.platform.logger.info({ reason: error.reason }, 'link preview not fetched');
      return null;
    }
  }

  /** Downloads and re-encodes the page's image; null when it is refused or not an image. */
  private async storeImage(imageUrl: string): Promise<string | null> {
    try {
      const maxBytes = Math.min(PREVIEW_IMAGE_MAX_BYTES, this.platform.config.uploadMaxBytes);
      const image = await this.fetcher.fetch(imageUrl, { maxBytes, accept: IMAGE_TYPES });
      const name = decodeURIComponentSafe(new URL(image.url).pathname.split('/').pop() ?? '');
      return (await this.uploads.storeFetched(image.body, name)).id;
    } catch (error) {
      if (error instanceof SafeFetchError || error instanceof AppError) return null;
      throw error;
    }
  }

  private async toLinkPreview(row: LinkPreviewRow): Promise<LinkPreview> {
    const image = row.imageUploadId ? await this.uploads.find(row.imageUploadId) : null;
    return {
      url: row.url,
      status: row.status === 'ready' || row.status === 'failed' ? row.status : 'pending',
      title: row.title,
      description: row.description,
      siteName: row.siteName,
      image: image ? { url: image.url, width: image.width, height: image.height } : null,
      fetchedAt: row.fetchedAt === null ? null : toIso(row.fetchedAt),
    };
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
