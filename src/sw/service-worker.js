// The service worker: keeps every page of the kecamatan on the phone after the first visit, so residents
// can check their documents with no signal or no data left. The build puts a PRECACHE table above this
// code (site path → content hash), so a new build fetches again only the pages that changed. Pages left
// out of that table (a very large content set is over the download budget) are kept once opened.
/* global PRECACHE, OFFLINE_PATH */

const CACHE = 'pelita-halaman';
const VISITED = 'pelita-dibuka';
const base = new URL(self.registration.scope).pathname;
const urlOf = (path) => new URL(path.slice(1), self.registration.scope).href;
// Each stored copy is keyed by its path plus content hash, the way Workbox does it.
const keyOf = (path) => `${urlOf(path)}?revisi=${PRECACHE[path]}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const path of Object.keys(PRECACHE)) {
        if (await cache.match(keyOf(path))) continue;
        const response = await fetch(urlOf(path), { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await cache.put(keyOf(path), response);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const wanted = new Set(Object.keys(PRECACHE).map(keyOf));
      for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  const path = `/${url.pathname.slice(base.length)}`;
  const stored = PRECACHE[path] ? path : PRECACHE[`${path}/`] ? `${path}/` : undefined;
  if (stored) {
    event.respondWith(fromCache(stored, event.request));
  } else if (event.request.mode === 'navigate') {
    event.respondWith(fromNetworkKeepingCopy(event.request));
  }
});

/** A page not stored in advance: fresh from the network when there is signal, else the copy kept when it
 * was last opened, else the offline page. */
async function fromNetworkKeepingCopy(request) {
  const visited = await caches.open(VISITED);
  try {
    const response = await fetch(request);
    if (response.ok) await visited.put(request.url, response.clone());
    return response;
  } catch {
    return (await visited.match(request.url)) ?? fromCache(OFFLINE_PATH, request);
  }
}

/** A stored page, or the network if the phone lost it (storage cleared by the system). */
async function fromCache(path, request) {
  const cached = await caches.match(keyOf(path), { cacheName: CACHE });
  return cached ?? fetch(request);
}
