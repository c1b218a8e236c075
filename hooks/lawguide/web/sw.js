// The site's service worker (hooks/lawguide/web/offline.py writes it to the site's root with
// VERSION set to a digest of the build). Pages: network first, so a reader online always gets
// the current page, with the copy kept for when the connection is gone. Other files (styles,
// scripts, the tools' scripts): from the cache, which belongs to one build; a new build is a
// new worker, which drops the caches of the builds before it. Each page sends the files it and
// the tools need (overrides/assets/offline.js), so a reader who opened one page can still use
// the tools offline.
"use strict";
const VERSION = "@VERSION@";
const CACHE = "lawguide-" + VERSION;
const SCOPE = new URL("./", self.location).pathname;

self.addEventListener("install", (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith("lawguide-") && key !== CACHE)
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function ours(url) {
  return url.origin === self.location.origin && url.pathname.startsWith(SCOPE);
}

self.addEventListener("message", (event) => {
  const urls = (event.data && Array.isArray(event.data.keep) ? event.data.keep : [])
    .map((href) => new URL(href, self.location)).filter(ours).map((url) => url.href.split("#")[0]);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) =>
    cache.match(url, {ignoreSearch: true}).then((hit) => hit || cache.add(url).catch(() => null)))))
    .then(() => event.source && event.source.postMessage({kept: urls.length, version: VERSION})));
});

function fromNetwork(request, cache) {
  return fetch(request).then((response) => {
    if (response.ok && response.type === "basic") cache.put(request, response.clone());
    return response;
  });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || !ours(url)) return;
  const page = request.mode === "navigate" || url.pathname.endsWith("/")
    || url.pathname.endsWith(".html") || url.pathname.endsWith(".json");
  event.respondWith(caches.open(CACHE).then((cache) => page
    ? fromNetwork(request, cache).catch(() => cache.match(request, {ignoreSearch: true})
        .then((hit) => hit || Response.error()))
    : cache.match(request, {ignoreSearch: true}).then((hit) => hit || fromNetwork(request, cache))));
});
