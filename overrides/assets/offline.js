// Reading offline: register the site's service worker (hooks/lawguide/web/sw.js) and ask it to
// keep this page, the files it loaded, and the tools with their scripts (listed by the build in
// data-keep), so they open without a connection.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || !window.caches) return;
  var worker = script.getAttribute("data-worker");
  var scope = script.getAttribute("data-scope");
  var keep = [];
  try { keep = JSON.parse(script.getAttribute("data-keep") || "[]"); } catch (e) { keep = []; }
  function files() {
    var urls = [location.href.split("#")[0]];
    document.querySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href], link[rel=manifest][href], script[src]")
      .forEach(function (el) { urls.push(el.href || el.src); });
    keep.forEach(function (href) { urls.push(new URL(href, location.href).href); });
    return urls;
  }
  window.addEventListener("load", function () {
    navigator.serviceWorker.register(worker, {scope: scope}).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (registration.active) registration.active.postMessage({keep: files()});
    }).catch(function () { /* offline reading is a bonus: the page works without it */ });
  });
})();
