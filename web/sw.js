/* Signpost's service worker: keeps the checker's files so that a second visit
   works with no network. It keeps what the page itself fetched: once the check
   is ready the page names its files, and the worker takes them from the
   browser's cache rather than download them a second time. It caches only the
   app's own files, never a request carrying an answer (answers live in the URL
   fragment, which is never sent). */
'use strict';
var VERSION = 'signpost-__VERSION__';

self.addEventListener('install', function () { self.skipWaiting(); });

// Other versions' caches go when this one takes over.
function dropOtherVersions() {
  return caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('signpost-') === 0 && k !== VERSION; }).map(function (k) { return caches.delete(k); }));
  });
}

self.addEventListener('activate', function (event) {
  event.waitUntil(dropOtherVersions().then(function () { return self.clients.claim(); }));
});

// The checker's own files: under the worker's scope, never the council page around it.
function own(url) { return new URL(url, self.location.href).href.indexOf(self.registration.scope) === 0; }

// The page's files, from the browser's HTTP cache where they already are. A
// page of another version (an old page, from the old cache, on the day a new
// version is published) is not kept: its files would mix with the new ones.
self.addEventListener('message', function (event) {
  if (!event.data || 'signpost-' + event.data.version !== VERSION) return;
  var urls = Array.isArray(event.data.keep) ? event.data.keep.filter(function (u) { return typeof u === 'string' && own(u); }) : [];
  event.waitUntil(caches.open(VERSION).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return fetch(new Request(url, { cache: 'force-cache' })).then(function (response) {
        if (response.ok) return cache.put(url, response);
      }).catch(function () {});
    }));
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || !own(request.url)) return;
  // Words for other languages, and easy read, are kept as they are first
  // fetched, for the next visit offline.
  // A page asked for with a query (?offer=wakefield, a campaign's tag) is the
  // page without it offline: the page itself goes on to the offer's own.
  // Only from this version's own cache, never another version's.
  var kept = caches.open(VERSION).then(function (cache) {
    return cache.match(request).then(function (hit) {
      return hit || (request.mode === 'navigate' ? cache.match(request, { ignoreSearch: true }) : undefined);
    });
  });
  event.respondWith(kept.then(function (hit) {
    return hit || fetch(request).then(function (response) {
      var path = new URL(request.url).pathname;
      if (response.ok && (path.indexOf('/i18n/') !== -1 || path.indexOf('/easyread/') !== -1 || path.indexOf('/pictures/') !== -1)) {
        var copy = response.clone();
        caches.open(VERSION).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  }));
});
