import { notificationRoutes } from '@hearth/contracts';
import { call } from '../../api/client';
import { base64UrlToBytes } from './base64url';

/** Where web push stands in this browser: on, off, blocked by the browser's settings, or impossible here. */
export type PushState = 'on' | 'off' | 'blocked' | 'unsupported';

const READY_TIMEOUT_MS = 5_000;

export function isPushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The service worker that receives pushes (registered at start-up in production builds), or null. */
async function pushRegistration(): Promise<ServiceWorkerRegistration | null> {
  const existing = await navigator.serviceWorker.getRegistration();
  if (existing) return existing;
  // Registered on `load`: give it a moment if this page came up before that.
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS))]);
}

export async function readPushState(): Promise<PushState> {
  if (!isPushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  const registration = await pushRegistration();
  if (!registration) return 'unsupported';
  const subscription = await registration.pushManager.getSubscription();
  return subscription && Notification.permission === 'granted' ? 'on' : 'off';
}

/**
 * Asks the browser for permission (so call it from a click: that is the member's consent),
 * subscribes with the community's VAPID key and registers the subscription with the server.
 * Resolves with the new state ('blocked' if the member said no); throws if the browser or
 * the server could not set it up.
 */
export async function turnOnPush(): Promise<PushState> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'blocked' : 'off';
  const registration = await pushRegistration();
  if (!registration) return 'unsupported';
  const { publicKey } = await call(notificationRoutes.getPushKey);
  const applicationServerKey = base64UrlToBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  // A subscription made with another key (the community's key changed) cannot be reused.
  if (subscription && !sameKey(subscription.options.applicationServerKey, applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
  const json = subscription.toJSON();
  await call(notificationRoutes.addPushSubscription, {
    body: { endpoint: subscription.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } },
  });
  return 'on';
}

/** Stops push to this browser: the server forgets the endpoint, the browser drops the subscription. */
export async function turnOffPush(): Promise<PushState> {
  const registration = await pushRegistration();
  const subscription = await registration?.pushManager.getSubscription();
  if (!subscription) return 'off';
  await call(notificationRoutes.removePushSubscription, { query: { endpoint: subscription.endpoint } });
  await subscription.unsubscribe();
  return 'off';
}

function sameKey(current: ArrayBuffer | null, wanted: Uint8Array): boolean {
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === wanted.length && bytes.every((byte, index) => byte === wanted[index]);
}
