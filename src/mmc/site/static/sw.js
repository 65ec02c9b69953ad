/* mmc service worker: keeps the site on this device once visited (see mmc.site.offline).
   Network first, with a short wait; the stored copy when the network is gone or slow. */
"use strict";

var VERSION = __MMC_VERSION__;
var URLS = __MMC_URLS__;
var WAIT = __MMC_WAIT__;
var PREFIX = "mmc:" + self.registration.scope + ":";
var STORE = PREFIX + VERSION;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STORE).then(function (cache) {
    /* One missing file must not keep the rest from being stored. */
    return Promise.all(URLS.map(function (url) {
      return cache.add(new Request(url, { cache: "reload" })).catch(function () {});
    }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== STORE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function stored(request) {
  return caches.open(STORE).then(function (cache) {
    return cache.match(request, { ignoreSearch: request.mode === "navigate" });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.url.indexOf(self.registration.scope) !== 0) return;
  /* Never store what asks not to be stored: mmc serve's live-reload long poll does. */
  if (request.cache === "no-store" || new URL(request.url).pathname.indexOf("/__mmc/") >= 0) return;
  event.respondWith(new Promise(function (resolve) {
    var settled = false;
    function answer(response) { if (!settled && response) { settled = true; resolve(response); } }
    function fallback() {
      stored(request).then(function (hit) {
        if (hit) answer(hit);
        else if (!settled) network.then(answer, function () {
          answer(new Response("Offline, and this page was not stored yet.",
                              { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } }));
        });
      });
    }
    var network = fetch(request).then(function (response) {
      if (response.ok && response.type === "basic") {
        var copy = response.clone();
        caches.open(STORE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
    network.then(answer, fallback);
    setTimeout(fallback, WAIT);
  }));
});
