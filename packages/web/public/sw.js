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
