/* Citation previews on touch screens. On a device without hover, the first tap
   on a citation shows the article text (from its title) in a small panel with a
   link to the article; with a mouse or keyboard, Material's tooltip does this. */
(function () {
  if (!window.matchMedia || !window.matchMedia("(hover: none)").matches) return;
  var panel = null;
  function close() { if (panel) { panel.remove(); panel = null; } }
  document.addEventListener("click", function (event) {
    var cite = event.target.closest && event.target.closest("a.lg-cite");
    if (!cite) { if (panel && !panel.contains(event.target)) close(); return; }
    if (panel && panel.dataset.for === cite.getAttribute("href")) return; /* second tap: follow */
    event.preventDefault();
    close();
    panel = document.createElement("div");
    panel.className = "lg-cite-panel";
    panel.setAttribute("role", "dialog");
    panel.dataset.for = cite.getAttribute("href");
    var text = document.createElement("p");
    text.textContent = cite.getAttribute("title") || cite.dataset.lgTip || "";
    var open = document.createElement("a");
    open.href = cite.getAttribute("href");
    open.textContent = document.documentElement.lang === "zh" ? "查看条文 →" : "Open the article →";
    panel.appendChild(text);
    panel.appendChild(open);
    cite.insertAdjacentElement("afterend", panel);
  });
})();
