/* Citation and glossary previews: one panel, drawn over the text (it never pushes the
   sentence down), on every device.
   - touch: the first tap on a citation (a.lg-cite) or glossary term (a.lg-term) shows the
     preview, a second tap follows the link;
   - mouse: hovering shows it, a click follows the link;
   - keyboard: focusing the link shows it; Tab moves into it; Escape closes it.
   It closes on a tap or click outside, and on Escape. The preview text is the link's
   title, moved to data-lg-tip so that the browser does not show a second tooltip; it is
   set with textContent only, never as HTML. */
(function () {
  var SELECTOR = "a.lg-cite, a.lg-term";
  var panel = null, owner = null, hideTimer = null, lastPointer = "mouse", seq = 0, refocusing = false;
  /* Each press of a finger, pen or mouse is counted; a panel remembers the press it was
     opened in. The click that ends a tap follows the link only if the panel was open
     before that tap began: a tap also focuses the link, and that focus (which opens the
     panel for the keyboard) may come late on a busy phone. */
  var presses = 0, openedIn = -1;
  var zh = (document.documentElement.lang || "").indexOf("zh") === 0;

  function adopt(link) {
    if (link.hasAttribute("title")) {
      link.setAttribute("data-lg-tip", link.getAttribute("title"));
      link.removeAttribute("title");
    }
  }
  function adoptAll() { document.querySelectorAll(SELECTOR).forEach(adopt); }

  function close(refocus) {
    clearTimeout(hideTimer);
    if (!panel) return;
    var link = owner;
    panel.remove();
    panel = null; owner = null;
    if (link) link.removeAttribute("aria-describedby");
    if (refocus && link) { refocusing = true; link.focus(); refocusing = false; }
  }

  function place(link) {
    var parent = panel.offsetParent || document.body;
    var box = link.getBoundingClientRect(), base = parent.getBoundingClientRect();
    var width = panel.offsetWidth, room = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left, room - width - 8));
    panel.style.left = (left - base.left) + "px";
    panel.style.top = (box.bottom - base.top + 4) + "px";
  }

  function open(link) {
    if (owner === link && panel) return;
    close(false);
    adopt(link);
    owner = link;
    openedIn = presses;
    panel = document.createElement("span");
    panel.className = "lg-cite-panel";
    panel.setAttribute("role", "dialog");
    var id = "lg-preview-" + (++seq);
    panel.id = id + "-box";
    var shut = document.createElement("button");
    shut.type = "button";
    shut.className = "lg-cite-close";
    shut.setAttribute("aria-label", zh ? "关闭" : "Close");
    shut.textContent = "×";
    shut.addEventListener("click", function () { close(true); });
    var text = document.createElement("span");
    text.className = "lg-cite-text";
    text.id = id;
    text.textContent = (link.getAttribute("data-lg-tip") || "").trim();
    var more = document.createElement("a");
    more.href = link.getAttribute("href");
    more.textContent = link.classList.contains("lg-term")
      ? (zh ? "查看术语表 →" : "Open the glossary →")
      : (zh ? "查看条文 →" : "Open the article →");
    panel.setAttribute("aria-label", link.textContent);
    panel.appendChild(shut);
    panel.appendChild(text);
    panel.appendChild(more);
    link.insertAdjacentElement("afterend", panel);
    link.setAttribute("aria-describedby", id);
    place(link);
    panel.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    panel.addEventListener("mouseleave", laterClose);
  }

  /* The pointer left the link or the panel. Only a mouse closes a preview so: after a tap
     the browser keeps a mouse where the finger was, and sends mouseout when the page moves
     under it (the header sliding in over a link at the top), which must not close it. */
  function laterClose() {
    if (lastPointer !== "mouse") return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(function () {
      if (panel && !panel.contains(document.activeElement)) close(false);
    }, 300);
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType; presses++;
  }, true);

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(SELECTOR);
    if (!link) {
      if (panel && !panel.contains(event.target)) close(false);
      return;
    }
    if (lastPointer === "mouse") return; /* a click follows the link; hover previews */
    if (owner === link && panel && openedIn !== presses) return; /* second tap: follow */
    event.preventDefault();
    open(link);
  });

  document.addEventListener("mouseover", function (event) {
    if (lastPointer !== "mouse") return;
    var link = event.target.closest && event.target.closest(SELECTOR);
    if (link) { clearTimeout(hideTimer); open(link); }
  });
  document.addEventListener("mouseout", function (event) {
    var link = event.target.closest && event.target.closest(SELECTOR);
    if (link && owner === link) laterClose();
  });

  document.addEventListener("focusin", function (event) {
    var link = event.target.closest && event.target.closest(SELECTOR);
    if (link) {
      if (refocusing) return; /* focus given back after closing: stay closed */
      open(link);
      return;
    }
    if (panel && !panel.contains(event.target)) close(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel) {
      var inside = panel.contains(document.activeElement) || document.activeElement === owner;
      close(inside);
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", adoptAll);
  else adoptAll();
  /* Material's instant navigation swaps the page body: adopt the new links. */
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(adoptAll);
})();
