/* "Was this collection legal?" (tools/collection-check).
 *
 * The page already holds every explanation (readable without JavaScript);
 * this script only shows the form, keeps the explanations of the ticked
 * situations and sums them up. Nothing ticked here leaves the browser.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-lg-tool='conduct']");
  if (!form) return;
  var config = JSON.parse(form.getAttribute("data-lg-config"));
  var S = config.strings;
  var order = config.levels.map(function (level) { return level.id; });
  var summary = document.getElementById("lg-conduct-summary");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.lg-conduct"));

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : m;
    });
  }

  function paragraph(text, className) {
    var p = document.createElement("p");
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  function update() {
    var ticked = {};
    form.querySelectorAll("input[name='conduct']:checked").forEach(function (box) {
      ticked[box.value] = true;
    });
    var chosen = sections.filter(function (section) {
      var on = ticked[section.getAttribute("data-lg-item")] === true;
      section.hidden = !on;
      return on;
    });
    summary.replaceChildren();
    summary.hidden = false;
    if (!chosen.length) {
      summary.appendChild(paragraph(S.nothing_ticked));
      return;
    }
    var unlawful = chosen.filter(function (s) {
      return s.getAttribute("data-lg-verdict") === "unlawful";
    }).length;
    var worst = Math.max.apply(null, chosen.map(function (s) {
      return order.indexOf(s.getAttribute("data-lg-level"));
    }));
    summary.appendChild(paragraph(fill(S.ticked, {
      n: chosen.length, unlawful: unlawful, depends: chosen.length - unlawful})));
    summary.appendChild(paragraph(fill(S.worst, {level: config.levels[worst].label}),
                                  "lg-worst lg-level--" + order[worst]));
    if (chosen.some(function (s) { return s.hasAttribute("data-lg-urgent"); })) {
      summary.appendChild(paragraph(S.urgent, "lg-urgent"));
    }
  }

  form.addEventListener("change", update);
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.querySelectorAll("[data-lg-nojs]").forEach(function (el) { el.hidden = true; });
  form.hidden = false;
  update();
})();
