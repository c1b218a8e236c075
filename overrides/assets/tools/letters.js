/* Letters to print (tools/letters).
 *
 * Each letter on the page has blanks (spans with data-lg-slot) that this
 * script fills from its form as the reader types, with textContent only.
 * Printing marks the one letter to print; tools.css hides everything else.
 * Nothing typed here is sent anywhere or stored.
 */
(function () {
  "use strict";

  var forms = document.querySelectorAll("form[data-lg-letter-form]");
  if (!forms.length) return;

  function formatDate(iso, lang) {
    var parts = iso.split("-").map(Number);
    var date = new Date(parts[0], parts[1] - 1, parts[2]);
    return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB",
                                   {year: "numeric", month: "long", day: "numeric"}).format(date);
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  forms.forEach(function (form) {
    var id = form.getAttribute("data-lg-letter-form");
    var lang = form.getAttribute("data-lg-lang");
    var paper = document.getElementById("lg-paper-" + id);
    var section = form.closest("section");

    function fill() {
      paper.querySelectorAll("[data-lg-slot]").forEach(function (slot) {
        var input = form.elements[slot.getAttribute("data-lg-slot")];
        var value = input ? input.value.trim() : "";
        if (value && input.type === "date") value = formatDate(value, lang);
        if (!slot.hasAttribute("data-lg-blank")) slot.setAttribute("data-lg-blank", slot.textContent);
        slot.textContent = value || slot.getAttribute("data-lg-blank");
        slot.classList.toggle("lg-slot--empty", !value);
      });
    }

    form.querySelectorAll("input[data-lg-today]").forEach(function (input) {
      if (!input.value) input.value = today();
    });
    form.addEventListener("input", fill);
    form.addEventListener("change", fill);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    /* Copy and share: on a phone (and in WeChat's browser) printing is a dead end. */
    function letterText() { return paper.textContent.replace(/\n{3,}/g, "\n\n").trim() + "\n"; }
    var copied = form.querySelector("[data-lg-copied]");
    function done() { copied.hidden = false; }
    function copyByHand(text) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed"; area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { if (document.execCommand("copy")) done(); } catch (e) { /* nothing to do */ }
      area.remove();
    }
    form.querySelector("[data-lg-copy]").addEventListener("click", function () {
      var text = letterText();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { copyByHand(text); });
      } else {
        copyByHand(text);
      }
    });
    var share = form.querySelector("[data-lg-share]");
    if (navigator.share) {
      share.hidden = false;
      share.addEventListener("click", function () {
        var title = section.querySelector("h2") ? section.querySelector("h2").textContent : "";
        navigator.share({title: title.replace(/\s*¶\s*$/, ""), text: letterText()})
          .catch(function () { /* the reader closed the share sheet */ });
      });
    }
    form.querySelector("[data-lg-print]").addEventListener("click", function () {
      document.body.setAttribute("data-lg-print", id);
      section.setAttribute("data-lg-printing", "");
      window.print();
    });
    form.hidden = false;
    fill();
  });

  window.addEventListener("afterprint", function () {
    document.body.removeAttribute("data-lg-print");
    document.querySelectorAll("[data-lg-printing]").forEach(function (el) {
      el.removeAttribute("data-lg-printing");
    });
  });
  document.querySelectorAll("[data-lg-nojs]").forEach(function (el) { el.hidden = true; });
})();
