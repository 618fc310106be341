// The Kent & Medway Care Navigator service worker, written by `navigator publish` for one build:
// the file list below is that build's actual files. It keeps the site working offline. It sends
// nothing anywhere and stores nothing about the person.
//
// Install: store every listed file in this version's cache. A new version installs beside the
// old one and takes over on the next visit; it then removes the old caches.
// Pages: from the network when there is one (and kept for offline); offline, the page as last
// seen, or the app shell, which draws any page from the stored files.
// Everything else: this version's stored copy, or the network.

const VERSION = '__VERSION__';
const CACHE = `kmcn-${VERSION}`;
const PRECACHE = __PRECACHE__;
const PAGES = new Set(__PAGES__);
const APP_SHELL = '__APP_SHELL__';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('kmcn-') && key !== CACHE).map((key) => caches.delete(key)))),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : stored(request));
});

/** The route a page address stands for: `/guidance/flu/` and `/guidance/flu/index.html` are `/guidance/flu`. */
function routeOf(url) {
  return url.pathname.replace(/\/index\.html$/, '').replace(/(.)\/$/, '$1');
}

async function page(request, url) {
  const cache = await caches.open(CACHE);
  const route = routeOf(url);
  try {
    const response = await fetch(request);
    if (response.ok && PAGES.has(route)) await cache.put(route, response.clone());
    return response;
  } catch (offline) {
    const kept = (await cache.match(route)) ?? (await cache.match(APP_SHELL));
    if (kept) return kept;
    throw offline;
  }
}

async function stored(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
