// The service worker's kill switch. If a published service worker ever misbehaves (serves broken
// or wrong pages and will not update), deploy this file as /sw.js in place of the built one
// (README, "Withdraw the service worker"). Browsers check /sw.js on every visit, bypassing their
// HTTP cache after 24 hours at most (sooner, as the headers file says no-cache); this worker then
// takes over at once, deletes every cache the site made, unregisters itself and reloads open
// pages from the network.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key.startsWith('kmcn-')).map((key) => caches.delete(key)));
      await self.registration.unregister();
      const windows = await self.clients.matchAll({ type: 'window' });
      await Promise.all(windows.map((client) => client.navigate(client.url)));
    })(),
  );
});
