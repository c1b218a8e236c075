/* Citation and glossary previews on touch screens. On a device without hover,
   the first tap on a citation (or glossary term) shows its text (from the title)
   in a small panel with a link to the article (or entry); with a mouse or
   keyboard, Material's tooltip does this. */
(function () {
  if (!window.matchMedia || !window.matchMedia("(hover: none)").matches) return;
  var panel = null;
  function close() { if (panel) { panel.remove(); panel = null; } }
  /* Material moves the title into its tooltip while that is shown (a tap shows it). */
  function tipOf(link) {
    var tip = link.getAttribute("title");
    var shown = link.getAttribute("aria-describedby");
    if (!tip && shown && document.getElementById(shown)) tip = document.getElementById(shown).textContent;
    return (tip || "").trim();
  }
  document.addEventListener("click", function (event) {
    var cite = event.target.closest && event.target.closest("a.lg-cite, a.lg-term");
    if (!cite) { if (panel && !panel.contains(event.target)) close(); return; }
    if (panel && panel.dataset.for === cite.getAttribute("href")) return; /* second tap: follow */
    event.preventDefault();
    close();
    panel = document.createElement("div");
    panel.className = "lg-cite-panel";
    panel.setAttribute("role", "dialog");
    panel.dataset.for = cite.getAttribute("href");
    var text = document.createElement("p");
    text.textContent = tipOf(cite);
    var open = document.createElement("a");
    open.href = cite.getAttribute("href");
    var zh = document.documentElement.lang === "zh";
    open.textContent = cite.classList.contains("lg-term") ? (zh ? "查看术语表 →" : "Open the glossary →")
      : (zh ? "查看条文 →" : "Open the article →");
    panel.appendChild(text);
    panel.appendChild(open);
    cite.insertAdjacentElement("afterend", panel);
  });
})();
