// Jejak's service worker: the page keeps working with no network.
// The build (web/scripts/offline_files.py) writes BUILD, a hash of every file it lists,
// and FILES, the files the page needs; each build gets its own cache, so files of
// two builds never mix. A new build installs in the background and waits: the
// page says a new version is ready and activates it when the user chooses
// Reload (message 'activate'), after the open map is saved.
'use strict';
const BUILD = '__JEJAK_BUILD__';
const FILES = __JEJAK_FILES__;
const CACHE = `jejak-${BUILD}`;

self.addEventListener('install', (event) => {
  // Every file, or the install fails and the old version stays in charge.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('jejak-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();  // the first visit's page works offline from now on
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
  if (event.data === 'build' && event.source) event.source.postMessage({ build: BUILD });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The page itself, whatever the address says after the folder ("./", "index.html?x").
  const scope = new URL(self.registration.scope);
  let path = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : null;
  if (request.mode === 'navigate' || path === '') path = 'index.html';
  if (path === null || !FILES.includes(path)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(path);
    return hit || fetch(request);
  })());
});
