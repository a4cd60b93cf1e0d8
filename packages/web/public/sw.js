// Hearth's service worker: keeps the app shell (index.html and the hashed build assets)
// so the app opens fast and offline. API responses are never cached: they are private
// and must be fresh.
const SHELL_CACHE = 'hearth-shell-v1';
const ASSET_CACHE = 'hearth-assets-v1';
const MAX_ASSETS = 120;
const STATIC_FILES = ['/index.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/favicon.svg'];

/** The hashed files index.html loads first (entry script, styles, preloads). */
function assetsIn(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(STATIC_FILES);
      const html = await (await shell.match('/index.html')).text();
      const assets = await caches.open(ASSET_CACHE);
      await assets.addAll(assetsIn(html));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, ASSET_CACHE]);
      for (const name of await caches.keys()) if (!keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Hashed assets never change, so old ones are only dropped to bound the cache. */
async function trimAssets() {
  const cache = await caches.open(ASSET_CACHE);
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(request);
}

/** Navigations: the network first (fresh index.html after a deploy), the cached shell when offline. */
async function handleNavigation(request) {
  const shell = await caches.open(SHELL_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      await shell.put('/index.html', response.clone());
    }
    return response;
  } catch (error) {
    const cached = await shell.match('/index.html');
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets: from the cache when present, else from the network (and kept). */
async function handleAsset(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    void trimAssets();
  }
  return response;
}

/** Icons and the manifest: the cached copy at once, refreshed in the background. */
async function handleStatic(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(request);
  const refresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  if (!cached) return refresh;
  refresh.catch(() => undefined);
  return cached;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/metrics') return;
  if (request.mode === 'navigate') event.respondWith(handleNavigation(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(handleAsset(request));
  else if (STATIC_FILES.includes(url.pathname) || url.pathname.startsWith('/icons/')) event.respondWith(handleStatic(request));
});

/** Only app paths are opened from a notification (never another origin). */
function appUrl(url) {
  const target = new URL(typeof url === 'string' ? url : '/', self.location.origin);
  return target.origin === self.location.origin ? target.href : new URL('/', self.location.origin).href;
}

// Web push: `{title, body, url, tag}` from the server; one notification per tag (a newer one replaces it).
self.addEventListener('push', (event) => {
  let payload;
  try {
    payload = event.data ? event.data.json() : {};
  } catch {
    payload = { body: event.data ? event.data.text() : '' };
  }
  if (!payload || typeof payload !== 'object') payload = {};
  const title = typeof payload.title === 'string' && payload.title ? payload.title : 'Hearth';
  const options = {
    body: typeof payload.body === 'string' ? payload.body : '',
    data: { url: appUrl(payload.url) },
    icon: '/icons/icon-192.png',
    badge: '/icons/icon-192.png',
  };
  if (typeof payload.tag === 'string' && payload.tag) {
    options.tag = payload.tag;
    options.renotify = true;
  }
  event.waitUntil(self.registration.showNotification(title, options));
});

// Opening a notification: reuse an open Hearth window (navigated there) or open a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = appUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (open) {
        const focused = await open.focus();
        await (focused || open).navigate(url).catch(() => self.clients.openWindow(url));
        return;
      }
      await self.clients.openWindow(url);
    })(),
  );
});
