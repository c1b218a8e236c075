/* Language switch: keep the reader's place. The links are plain links to the same page in
   the other language (they work without JavaScript); this adds the current #fragment
   (an article anchor is the same in both languages) when the reader follows one. */
(function () {
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.lg-alternate");
    if (!link || !location.hash) return;
    var href = link.getAttribute("href").split("#")[0];
    link.setAttribute("href", href + location.hash);
  }, true);
})();
