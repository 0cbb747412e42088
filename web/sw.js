/* Signpost's service worker: keeps the checker's files so that a second visit
   works with no network. It caches only the app's own files, never a request
   carrying an answer (answers live in the URL fragment, which is never sent). */
'use strict';
var VERSION = 'signpost-__VERSION__';
var FILES = ['./', 'index.html', 'app.js', 'signpost.js', 'signpost.wasm', 'signpost.css'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(VERSION).then(function (cache) { return cache.addAll(FILES); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('signpost-') === 0 && k !== VERSION; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The query (?offer=wakefield) does not change the files. Words for other
  // languages, and easy read, are kept as they are first fetched, for the next
  // visit offline.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then(function (hit) {
    return hit || fetch(request).then(function (response) {
      var path = new URL(request.url).pathname;
      if (response.ok && (path.indexOf('/i18n/') !== -1 || path.indexOf('/easyread/') !== -1)) {
        var copy = response.clone();
        caches.open(VERSION).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  }));
});
