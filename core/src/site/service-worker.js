// The Kent & Medway Care Navigator service worker, written by `navigator publish` for one build:
// the file list below is that build's actual files, and the version is a hash of their contents,
// so any change to any page or file, however small, is a new worker. It keeps the site working
// offline. It sends nothing anywhere and stores nothing about the person.
//
// Install: store every listed file in this version's cache, fetched past the browser's HTTP
// cache so no older copy slips in. A new version waits beside the old one; the page offers
// "reload" (public/site.mjs), which asks it to take over; otherwise it takes over on the next
// visit. On taking over it removes the old caches.
// Pages and files whose names do not change between builds (fragments, the app shell): from the
// network when it answers within a few seconds (and kept for offline), else the kept copy, so
// advice is never older than the network's and a weak signal does not hang the page.
// Files named by their content's hash: this version's stored copy, or the network.

const VERSION = '__VERSION__';
const CACHE = `kmcn-${VERSION}`;
const PRECACHE = __PRECACHE__;
/** The files among them whose names carry a hash of their content, so they never change. */
const IMMUTABLE = new Set(__IMMUTABLE__);
const PAGES = new Set(__PAGES__);
const APP_SHELL = '__APP_SHELL__';
/** How long to wait for the network before answering from the kept copy. */
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('kmcn-') && key !== CACHE).map((key) => caches.delete(key)))),
  );
});

// The update notice's "reload" button.
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  else if (IMMUTABLE.has(url.pathname)) event.respondWith(stored(request));
  else event.respondWith(fresh(request, url.pathname));
});

/** The route a page address stands for: `/guidance/flu/` and `/guidance/flu/index.html` are `/guidance/flu`. */
function routeOf(url) {
  return url.pathname.replace(/\/index\.html$/, '').replace(/(.)\/$/, '$1');
}

async function page(request, url) {
  const route = routeOf(url);
  return networkFirst(request, PAGES.has(route) ? route : null, [route, APP_SHELL]);
}

async function fresh(request, path) {
  return networkFirst(request, PRECACHE.includes(path) ? path : null, [path]);
}

/**
 * The network's answer if it comes within NETWORK_WAIT_MS (kept under `keepAs`, when given);
 * otherwise, or offline, the first kept copy of `fallbacks`; with no kept copy, the network's
 * answer whenever it comes.
 */
async function networkFirst(request, keepAs, fallbacks) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok && keepAs) await cache.put(keepAs, response.clone());
    return response;
  });
  network.catch(() => {}); // Offline after the wait: the kept copy has already answered.
  const waited = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, 'timeout'));
  try {
    const answer = await Promise.race([network, waited]);
    if (answer !== 'timeout') return answer;
  } catch (offline) {
    // Fall through to the kept copy.
  }
  for (const key of fallbacks) {
    const kept = await cache.match(key);
    if (kept) return kept;
  }
  return network;
}

async function stored(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
