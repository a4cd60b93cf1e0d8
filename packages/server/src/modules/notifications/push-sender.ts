import type { Agent } from 'node:https';
import type WebPush from 'web-push';
import type { Platform } from '../../app/platform.js';
import { findPushKey, insertPushKey } from './notifications.repository.js';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type PushOutcome = 'sent' | 'gone';

/** web-push (and the crypto and HTTP stack under it) is loaded on first use, not at boot. */
let webPushModule: Promise<typeof WebPush> | null = null;
const loadWebPush = () => (webPushModule ??= import('web-push').then((m) => m.default));

/**
 * Web push with the community's own VAPID key pair, made on first use and kept in the
 * database so every node signs with the same key (browsers bind a subscription to it).
 */
export class PushSender {
  private keys: Promise<{ publicKey: string; privateKey: string }> | null = null;

  constructor(
    private readonly platform: Platform,
    private readonly agent?: Agent,
  ) {}

  publicKey(): Promise<string> {
    return this.keyPair().then((k) => k.publicKey);
  }

  private keyPair() {
    this.keys ??= (async () => {
      const db = this.platform.db;
      let row = await findPushKey(db);
      if (!row) {
        const fresh = (await loadWebPush()).generateVAPIDKeys();
        await insertPushKey(db, fresh.publicKey, fresh.privateKey, this.platform.clock.now());
        row = await findPushKey(db);
      }
      return { publicKey: row!.publicKey, privateKey: row!.privateKey };
    })().catch((error: unknown) => {
      this.keys = null;
      throw error;
    });
    return this.keys;
  }

  /** Who push services should contact about this sender: the site when it is https, else the mail sender. */
  private subject(): string {
    const site = this.platform.site.url;
    if (site?.startsWith('https://')) return site;
    const address = /<([^>]+)>/.exec(this.platform.config.mailFrom)?.[1] ?? this.platform.config.mailFrom;
    return `mailto:${address.trim()}`;
  }

  /**
   * Sends one encrypted message; `gone` when the push service says the subscription no
   * longer exists (404/410), so the caller forgets it. Other failures throw (the job retries).
   */
  async send(target: PushTarget, payload: object, ttlSeconds = 3600): Promise<PushOutcome> {
    const [keys, webpush] = await Promise.all([this.keyPair(), loadWebPush()]);
    try {
      await webpush.sendNotification(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        JSON.stringify(payload),
        {
          vapidDetails: { subject: this.subject(), publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: ttlSeconds,
          timeout: 10_000,
          urgency: 'normal',
          ...(this.agent ? { agent: this.agent } : {}),
        },
      );
      return 'sent';
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 410) return 'gone';
      throw error;
    }
  }
}
